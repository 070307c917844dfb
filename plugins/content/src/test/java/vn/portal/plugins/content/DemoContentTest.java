package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.blob.FileTypes;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.SeedData;
import vn.portal.kernel.testkit.FolderSeedData;
import vn.portal.kernel.testkit.InMemoryPluginContext;

/**
 * The repository's demo content (sites/demo/content) as the seed loader will read it: every file
 * parses, every item passes the same field checks as an editor's input against the demo catalogs
 * (sites/demo/catalog), every referenced file exists and is of an accepted type, and the set is
 * what the demo promises (all ten sites, every type, enough items). A mistake here would make a
 * site start empty, so it is caught at build time.
 */
class DemoContentTest {

    static final Path DEMO = Path.of("../../sites/demo");
    static final Definitions DEFINITIONS = Definitions.load();
    static final SeedData SEED = new FolderSeedData("demo", DEMO.resolve("content"));
    static final Map<String, SeedContent> FILES = new TreeMap<>();

    @BeforeAll
    static void read() throws Exception {
        for (String file : SEED.list("")) {
            try (InputStream in = SEED.open(file).orElseThrow()) {
                FILES.put(file, SeedContent.read(file, in.readAllBytes(), DEFINITIONS, Instant.now()));
            }
        }
    }

    @Test
    void everyDemoSiteHasContentAndEveryTypeIsShown() throws IOException {
        Set<String> sites = new TreeSet<>();
        try (JsonReader r = Json.createReader(Files.newInputStream(DEMO.resolve("sites.json")))) {
            r.readObject().getJsonArray("sites").getValuesAs(JsonObject.class).forEach(s -> sites.add(s.getString("key")));
        }
        assertEquals(10, sites.size());
        Set<String> seeded = new TreeSet<>();
        FILES.forEach((file, c) -> {
            assertEquals(c.site() + ".json", file, "one file per site, named after it");
            seeded.add(c.site());
        });
        assertEquals(sites, seeded);
        List<SeedContent.Item> all = FILES.values().stream().flatMap(c -> c.items().stream()).toList();
        assertTrue(all.size() >= 150, "at least 150 items, got " + all.size());
        Map<String, Long> byType = new TreeMap<>();
        all.forEach(i -> byType.merge(i.type(), 1L, Long::sum));
        assertEquals(DEFINITIONS.types().size(), byType.size(), "every content type appears: " + byType);
        assertTrue(byType.get("article") >= byType.values().stream().mapToLong(Long::longValue).max().orElse(0),
                "news articles are the largest group: " + byType);
        assertTrue(all.stream().filter(i -> i.translationOf() != null).count() >= 8, "English translations");
        for (SeedContent c : FILES.values()) {
            assertTrue(c.items().size() >= 10, c.site() + " has at least 10 items");
            assertTrue(c.items().stream().anyMatch(i -> i.type().equals("legal-document")), c.site() + " has documents");
            assertTrue(c.items().stream().anyMatch(i -> i.type().equals("article") && "true".equals(i.fields().get("featured"))
                    && i.fields().get("featuredImage") != null), c.site() + " has a featured article with a picture");
        }
    }

    @Test
    void everyItemPassesTheEditorsFieldChecksAgainstTheDemoCatalogs() throws IOException {
        InMemoryPluginContext context = new InMemoryPluginContext("content");
        for (String catalog : List.of("admin-units", "agencies", "sectors", "document-types", "procedures")) {
            csv(DEMO.resolve("catalog/" + catalog + ".csv")).forEach(row -> context.catalogEntry(new CatalogEntry(catalog,
                    row.get("code"), row.get("name_vi"), row.get("name_en"), blank(row.get("parent")),
                    date(row.get("valid_from")), date(row.get("valid_to")), List.of(), Map.of(), row.get("status"))));
        }
        FieldChecker checker = new FieldChecker(context);
        List<String> problems = new ArrayList<>();
        for (SeedContent c : FILES.values()) {
            Map<String, String> blobs = new HashMap<>();
            for (String path : c.files(DEFINITIONS)) {
                try (InputStream in = SEED.open(path).orElse(null)) {
                    if (in == null) {
                        problems.add(c.file() + ": missing " + path);
                        continue;
                    }
                    byte[] bytes = in.readAllBytes();
                    String type = FileTypes.detect(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD)))
                            .orElse(null);
                    if (type == null) {
                        problems.add(c.file() + ": " + path + " is not an accepted file type");
                        continue;
                    }
                    blobs.put(path, context.blobs().put(new ByteArrayInputStream(bytes), type).id());
                }
            }
            Map<String, SeedContent.Item> byKey = new HashMap<>();
            Set<String> slugs = new HashSet<>();
            for (SeedContent.Item it : c.items()) {
                byKey.put(it.key(), it);
                Map<String, Object> fields = new LinkedHashMap<>();
                if (it.translationOf() != null) {
                    fields.putAll(byKey.get(it.translationOf()).fields());
                }
                fields.putAll(it.fields());
                fields.replaceAll((name, v) -> blobs.getOrDefault(v.toString(), v.toString()));
                Map<String, String> errors = new LinkedHashMap<>();
                checker.check(c.site(), DEFINITIONS.type(it.type()), fields, errors);
                if (!errors.isEmpty()) {
                    problems.add(c.file() + " " + it.key() + ": " + errors);
                }
                if (it.slug() != null && (!Slugs.valid(it.slug()) || !slugs.add(it.locale() + "/" + it.slug()))) {
                    problems.add(c.file() + " " + it.key() + ": slug " + it.slug() + " invalid or used twice");
                }
                if (!it.title().contains("(mẫu)") && !it.title().contains("(sample)") && !it.type().equals("leader-profile")) {
                    problems.add(c.file() + " " + it.key() + ": the title is not marked (mẫu) / (sample)");
                }
                if (it.type().equals("leader-profile") && !it.title().endsWith(" Mẫu")) {
                    problems.add(c.file() + " " + it.key() + ": leaders are placeholders named '… Mẫu'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void datesSpreadOver2025And2026AndCommunesStartWithTheirCreation() {
        Set<String> months = new TreeSet<>();
        for (SeedContent c : FILES.values()) {
            boolean commune = c.site().startsWith("xa-") || c.site().startsWith("phuong-");
            for (SeedContent.Item it : c.items()) {
                LocalDate day = it.publishedAt().atOffset(ZoneOffset.ofHours(7)).toLocalDate();
                assertTrue(day.getYear() == 2025 || day.getYear() == 2026, it.key() + " " + day);
                assertFalse(commune && day.isBefore(LocalDate.of(2025, 7, 1)),
                        c.site() + " " + it.key() + ": the commune exists from 2025-07-01");
                months.add(day.toString().substring(0, 7));
            }
        }
        assertTrue(months.size() >= 15, "publication months: " + months);
    }

    @Test
    void picturesStaySmall() throws IOException {
        long bytes = 0;
        for (String name : SEED.list("images")) {
            bytes += Files.size(DEMO.resolve("content/images/" + name));
        }
        assertTrue(bytes > 0 && bytes < 1024 * 1024, "images total " + bytes + " bytes");
    }

    /** Vietnamese search needs these side by side in the corpus (see sites/demo/README.md). */
    @Test
    void theCorpusHoldsWhatAVietnameseSearchMustHandle() {
        StringBuilder text = new StringBuilder();
        FILES.values().forEach(c -> c.items().forEach(i -> text.append(i.title()).append(' ').append(i.summary())
                .append(' ').append(i.fields().values()).append('\n')));
        String all = text.toString();
        for (String s : List.of("UBND", "Ủy ban nhân dân", "QĐ-UBND", "Quyết định", "TTHC", "thủ tục hành chính", "HĐND",
                "Hội đồng nhân dân", "BHXH", "bảo hiểm xã hội", "CCHC", "cải cách hành chính", "đất", "đạt", "đặt",
                "thuế đất", "thuê đất", "nông thôn mới", "dịch vụ công trực tuyến", "chuyển đổi số", "giải phóng mặt bằng")) {
            assertTrue(all.contains(s), "the demo content contains '" + s + "'");
        }
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** One CSV line with "quoted, cells". */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString());
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        return blank(s) == null ? null : LocalDate.parse(s);
    }
}
