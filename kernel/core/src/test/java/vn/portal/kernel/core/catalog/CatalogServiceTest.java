package vn.portal.kernel.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.core.persistence.OnBothDatabases;

/** Effective-dated catalog queries on H2 and PostgreSQL; code rules of the built-in catalogs. */
class CatalogServiceTest extends OnBothDatabases {

    static final LocalDate MERGED = LocalDate.of(2025, 7, 1);

    static CatalogEntry unit(String code, String name, String parent, LocalDate from, LocalDate to, List<String> next) {
        return new CatalogEntry("admin-units", code, name, null, parent, from, to, next, Map.of("level", "commune"), "ACTIVE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void queriesAsOfADayFollowMergesAndFindNamesWithOrWithoutDiacritics(String vendor) {
        CatalogService s = new CatalogService();
        s.dataSource = migrated(vendor);
        s.init();
        s.put(unit("99", "Tỉnh Hòa An (mẫu)", null, null, null, List.of()));
        s.put(unit("99101", "Xã Bình Minh cũ (mẫu)", "99", null, MERGED, List.of("99001")));
        s.put(unit("99102", "Xã Đông Hòa cũ (mẫu)", "99", null, MERGED, List.of("99001")));
        s.put(unit("99001", "Xã Bình Minh (mẫu)", "99", MERGED, null, List.of()));

        LocalDate before = LocalDate.of(2025, 6, 30);
        assertEquals(List.of("99101", "99102"), codes(s.search("admin-units", null, "99", before, 0, 50)));
        assertEquals(List.of("99001"), codes(s.search("admin-units", null, "99", MERGED, 0, 50)));
        assertEquals(List.of("99001"), s.find("admin-units", "99101", before).orElseThrow().successorCodes());
        assertTrue(s.find("admin-units", "99101", MERGED).isEmpty(), "the old commune is gone from 1 July 2025");
        assertEquals(List.of("99102"), codes(s.search("admin-units", "dong hoa", null, before, 0, 50)));
        assertEquals(List.of("99102"), codes(s.search("admin-units", "Đông Hòa", null, before, 0, 50)));
        assertEquals(List.of("99001"), codes(s.search("admin-units", "binh minh", null, MERGED, 0, 50)));
        assertTrue(s.names().containsAll(CatalogService.BUILT_IN));
        assertEquals(Map.of("level", "commune"), s.find("admin-units", "99001", MERGED).orElseThrow().attributes());
    }

    @org.junit.jupiter.api.Test
    void builtInCodeRules() {
        assertTrue(BuiltInCatalogs.agency(entry("agencies", "000.00.00.H30", null), null).isEmpty());
        assertEquals("code", BuiltInCatalogs.agency(entry("agencies", "h30", null), null).get(0).field());
        assertTrue(BuiltInCatalogs.unit(entry("admin-units", "01", null)).isEmpty());
        assertTrue(BuiltInCatalogs.unit(entry("admin-units", "00004", null)).isEmpty());
        assertTrue(BuiltInCatalogs.unit(entry("admin-units", "001", MERGED)).isEmpty(), "a district that ended");
        assertEquals("valid_to", BuiltInCatalogs.unit(entry("admin-units", "001", null)).get(0).field(),
                "no open-ended districts");
        assertEquals("code", BuiltInCatalogs.unit(entry("admin-units", "1234", null)).get(0).field());
        assertEquals("level", BuiltInCatalogs.unit(new CatalogEntry("admin-units", "01", "x", null, null, null, null,
                List.of(), Map.of("level", "commune"), "ACTIVE")).get(0).field());
    }

    @org.junit.jupiter.api.Test
    void foldingIgnoresDiacriticsAndNormalForm() {
        assertEquals("quyet dinh", Folding.fold("Quyết định"));
        assertEquals("quyet dinh", Folding.fold(java.text.Normalizer.normalize("Quyết Định", java.text.Normalizer.Form.NFD)));
    }

    static CatalogEntry entry(String catalog, String code, LocalDate to) {
        return new CatalogEntry(catalog, code, "x", null, null, null, to, List.of(), Map.of(), "ACTIVE");
    }

    static List<String> codes(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::code).toList();
    }
}
