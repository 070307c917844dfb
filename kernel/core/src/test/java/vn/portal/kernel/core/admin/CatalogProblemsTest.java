package vn.portal.kernel.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogProblem;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.core.catalog.BuiltInCatalogs;
import vn.portal.kernel.core.catalog.CatalogFormat;
import vn.portal.kernel.core.catalog.ImportReport;

/**
 * The catalog checks' English sentences that the admin pages say in Vietnamese: real ones
 * (from the built-in rules and the file reader) are recognised, and every key they map to is
 * in both bundles with the values it names.
 */
class CatalogProblemsTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogProblemsTest.class.getResourceAsStream("/vn/portal/kernel/core/admin/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Sentences the rules really produce, so a reworded rule shows up here. */
    static List<String> produced() {
        List<String> out = new ArrayList<>();
        Catalogs none = new Catalogs() {
            @Override
            public List<String> names() {
                return List.of();
            }

            @Override
            public Optional<CatalogEntry> find(String catalog, String code, LocalDate at) {
                return Optional.empty();
            }

            @Override
            public List<CatalogEntry> search(String catalog, String q, String parent, LocalDate at, int o, int l) {
                return List.of();
            }

            @Override
            public List<CatalogEntry> history(String catalog, String code) {
                return List.of();
            }
        };
        List<CatalogEntry> entries = List.of(
                unit("9901X", null, null, Map.of()),
                unit("991", null, null, Map.of()),
                unit("99001", null, null, Map.of("level", "province")),
                unit("99001", "99002", null, Map.of()),
                new CatalogEntry("agencies", "h99-01", "Sở", null, null, null, null, null, Map.of("unit", "77"), "ACTIVE"));
        for (CatalogValidator v : BuiltInCatalogs.validators()) {
            for (CatalogEntry e : entries) {
                if (v.catalog().equals(e.catalog())) {
                    v.check(e, none).stream().map(CatalogProblem::message).forEach(out::add);
                }
            }
        }
        for (String file : List.of("", "name,other\n", "code,name_vi\n1,a,b\n", "code,name_vi\n\"1,a\n")) {
            CatalogFormat.CSV.parse(file.getBytes(StandardCharsets.UTF_8)).errors().stream()
                    .map(ImportReport.RowError::message).forEach(out::add);
        }
        CatalogFormat.JSON.parse("{".getBytes(StandardCharsets.UTF_8)).errors().forEach(e -> out.add(e.message()));
        CatalogFormat.JSON.parse("[{\"code\":\"1\",\"colour\":\"red\"}]".getBytes(StandardCharsets.UTF_8)).errors()
                .forEach(e -> out.add(e.message()));
        CatalogFormat.CSV.parse(new byte[] {'c', '\n', (byte) 0xC3, 0x28}).errors().forEach(e -> out.add(e.message()));
        return out;
    }

    static CatalogEntry unit(String code, String parent, LocalDate to, Map<String, String> attributes) {
        return new CatalogEntry("admin-units", code, "Đơn vị", null, parent, null, to, null, attributes, "ACTIVE");
    }

    /** As EntryChecker words them (it needs a catalog to run against, so these are copied). */
    static final List<String> CHECKER = List.of("the code is required", "the Vietnamese name is required",
            "'a b' is not a code: up to 60 letters, digits, '.', '_' or '-', no spaces", "at most 500 characters",
            "'2025-13-01' is not a date like 2025-07-01",
            "valid_to (2025-01-01) must be after valid_from (2025-07-01); valid_to is the first day the entry no longer applies",
            "status must be ACTIVE or INACTIVE, not 'OLD'", "an entry cannot be its own parent",
            "an entry with successors must end: give valid_to", "an entry cannot succeed itself",
            "'1x' is not an attribute name: a letter, then letters, digits or '_' (at most 40)",
            "duplicate: row 3 has the same code and valid_from",
            "validity overlaps the version in row 2 (… – …): end the earlier version (valid_to) on or before 2025-07-01",
            "validity overlaps the version already stored (… – …): end the earlier version (valid_to) on or before 2025-07-01",
            "no entry '99' in admin-units", "parent '99' makes a cycle: '991' would be above itself");

    @Test
    void everySentenceTheRulesProduceIsSaidInBothLanguages() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> sentences = new ArrayList<>(produced());
        assertTrue(sentences.size() >= 10, "the rules produced their sentences: " + sentences);
        sentences.addAll(CHECKER);
        for (String s : sentences) {
            CatalogProblems.Match m = CatalogProblems.match(s);
            assertNotNull(m, "not recognised: " + s);
            for (Properties p : List.of(vi, en)) {
                String pattern = p.getProperty(m.key());
                assertNotNull(pattern, m.key() + " missing");
                String text = new MessageFormat(pattern, Locale.forLanguageTag("vi")).format(m.args());
                assertFalse(text.contains("{"), m.key() + " leaves a placeholder: " + text);
            }
        }
        CatalogProblems.Match unit = CatalogProblems.match(
                produced().stream().filter(s -> s.startsWith("'9901X'")).findFirst().orElseThrow());
        assertEquals("catalogs.problem.unit.code", unit.key());
        assertEquals("9901X", unit.args()[0]);
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("messages.properties").keySet(), bundle("messages_en.properties").keySet());
    }
}
