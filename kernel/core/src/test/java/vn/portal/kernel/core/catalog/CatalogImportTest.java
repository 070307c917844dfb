package vn.portal.kernel.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.core.persistence.OnBothDatabases;

/** Imports on H2 and PostgreSQL: all or nothing, idempotent, every bad row named with its field. */
class CatalogImportTest extends OnBothDatabases {

    static final String HEADER = "code,name_vi,name_en,parent,valid_from,valid_to,successors,status,level\n";
    static final String UNITS = HEADER
            + "99,Tỉnh Hòa An (mẫu),Hoa An Province (sample),,,,,ACTIVE,province\n"
            + "991,Huyện Cũ (mẫu),,99,,2025-07-01,99001,ACTIVE,district\n"
            + "99101,\"Xã Bình Minh cũ, huyện Cũ (mẫu)\",,991,,2025-07-01,99001,ACTIVE,commune\n"
            + "99001,Xã Bình Minh (mẫu),,99,2025-07-01,,,ACTIVE,commune\n";

    CatalogImporter importer;
    CatalogService service;

    void fresh(String vendor) throws Exception {
        DataSource ds = migrated(vendor);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM kernel_catalog_entry");
            s.executeUpdate("DELETE FROM kernel_catalog_change");
        }
        service = new CatalogService();
        service.dataSource = ds;
        service.init();
        importer = new CatalogImporter();
        importer.catalogs = service;
    }

    ImportReport csv(String catalog, String text, boolean dryRun) {
        return importer.importFile(catalog, text.getBytes(StandardCharsets.UTF_8), CatalogFormat.CSV, dryRun, "tester",
                ImportProgress.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void dryRunWritesNothingThenImportIsIdempotentAndRecordsHistory(String vendor) throws Exception {
        fresh(vendor);
        ImportReport dry = csv("admin-units", UNITS, true);
        assertTrue(dry.ok(), () -> dry.errors().toString());
        assertEquals(4, dry.created());
        assertEquals(0, service.count("admin-units"), "a dry run writes nothing");

        ImportReport first = csv("admin-units", UNITS, false);
        assertEquals(List.of(4, 0, 0), List.of(first.created(), first.updated(), first.unchanged()));
        assertEquals("Xã Bình Minh cũ, huyện Cũ (mẫu)",
                service.find("admin-units", "99101", LocalDate.of(2025, 6, 30)).orElseThrow().nameVi());

        ImportReport again = csv("admin-units", UNITS, false);
        assertEquals(List.of(0, 0, 4), List.of(again.created(), again.updated(), again.unchanged()),
                "importing the same file again changes nothing");

        ImportReport renamed = csv("admin-units", UNITS.replace("Xã Bình Minh (mẫu)", "Xã Bình Minh mới (mẫu)"), false);
        assertEquals(List.of(0, 1, 3), List.of(renamed.created(), renamed.updated(), renamed.unchanged()));
        List<CatalogService.HistoryLine> history = service.changes("admin-units", "99001");
        assertEquals(List.of("UPDATED", "CREATED"), history.stream().map(CatalogService.HistoryLine::action).toList());
        assertTrue(history.get(0).detail().contains("name_vi: 'Xã Bình Minh (mẫu)' → 'Xã Bình Minh mới (mẫu)'"),
                history.get(0).detail());
        assertEquals("tester", history.get(0).actor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void exportThenImportChangesNothingInEitherFormat(String vendor) throws Exception {
        fresh(vendor);
        csv("admin-units", UNITS, false);
        for (CatalogFormat format : CatalogFormat.values()) {
            List<CatalogEntry> all = new ArrayList<>();
            service.each("admin-units", all::add);
            StringWriter out = new StringWriter();
            format.write(all, List.of("level"), out);
            ImportReport back = importer.importFile("admin-units", out.toString().getBytes(StandardCharsets.UTF_8),
                    format, false, "tester", ImportProgress.NONE);
            assertEquals(List.of(0, 0, 4), List.of(back.created(), back.updated(), back.unchanged()),
                    format + ": " + back.errors() + "\n" + out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anyBadRowRejectsTheWholeFileNamingRowAndField(String vendor) throws Exception {
        fresh(vendor);
        csv("admin-units", UNITS, false);
        String bad = HEADER
                + "99002,Xã Mới (mẫu),,99,2025-07-01,,,ACTIVE,commune\n" // line 2: fine on its own
                + "1234,Xã Sai Mã (mẫu),,99,,,,ACTIVE,commune\n" // 3: invalid code
                + "99003,Xã A (mẫu),,99,2025-07-01,,,ACTIVE,commune\n" // 4
                + "99003,Xã A lặp (mẫu),,99,2025-07-01,,,ACTIVE,commune\n" // 5: duplicate of 4
                + "99001,Xã Bình Minh (mẫu),,99,2025-08-01,,,ACTIVE,commune\n" // 6: overlaps the stored version
                + "99004,Xã B (mẫu),,99,2026-01-01,2025-01-01,,ACTIVE,commune\n" // 7: ends before it starts
                + "99005,Xã C (mẫu),,99,ngày 1/7,,,ACTIVE,commune\n" // 8: not a date
                + "99006,,,99,,,,ACTIVE,commune\n" // 9: no name
                + "99007,Xã D (mẫu),,88,,,,ACTIVE,commune\n"; // 10: unknown parent
        ImportReport r = csv("admin-units", bad, false);
        assertEquals(List.of("3:code", "5:code", "6:valid_from", "7:valid_to", "8:valid_from", "9:name_vi", "10:parent"),
                r.errors().stream().map(e -> e.row() + ":" + e.field()).toList(), r.errors().toString());
        assertTrue(!r.applied(), "nothing is applied");
        assertTrue(service.find("admin-units", "99002", LocalDate.of(2025, 7, 1)).isEmpty(),
                "the good row 2 was not written either");
        assertTrue(r.errors().get(1).message().contains("row 4"), r.errors().get(1).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void parentCyclesAndMissingSuccessorsAreRejected(String vendor) throws Exception {
        fresh(vendor);
        String cycle = "code,name_vi,parent\nA1,Một,C3\nB2,Hai,A1\nC3,Ba,B2\n";
        ImportReport r = csv("sectors", cycle, false);
        assertEquals(3, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().stream().allMatch(e -> e.field().equals("parent") && e.message().contains("cycle")));
        ImportReport s = csv("sectors", "code,name_vi,valid_to,successors\nA1,Một,2025-07-01,Z9\n", false);
        assertEquals("2:successors", s.errors().get(0).row() + ":" + s.errors().get(0).field());
        assertEquals(0, service.count("sectors"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void procedureReferencesSectorsAndAgenciesAsStored(String vendor) throws Exception {
        fresh(vendor);
        csv("sectors", "code,name_vi\nG01,Hộ tịch (mẫu)\n", false);
        csv("agencies", "code,name_vi\nH99.01,Sở Tư pháp (mẫu)\n", false);
        String header = "code,name_vi,sector,agency,online,timeLimitDays\n";
        ImportReport ok = csv("procedures", header + "1.000001.000.00.00.H99,Đăng ký khai sinh,G01,H99.01,full,1\n", false);
        assertTrue(ok.ok(), ok.errors().toString());
        ImportReport bad = csv("procedures", header + "2.000002,Thủ tục,G02,H99.09,yes,ba ngày\n2.000003,Không lĩnh vực,,,,\n",
                false);
        assertEquals(List.of("2:sector", "2:agency", "2:online", "2:timeLimitDays", "3:sector"),
                bad.errors().stream().map(e -> e.row() + ":" + e.field()).toList(), bad.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void wrongEncodingsAreNamedAndDecomposedTextIsStoredComposed(String vendor) throws Exception {
        fresh(vendor);
        String text = "code,name_vi\nG01,Đất đai\nG02,Hộ tịch\n";
        byte[] latin = text.getBytes(Charset.forName("windows-1258"));
        ImportReport r = importer.importFile("sectors", latin, CatalogFormat.CSV, false, "t", ImportProgress.NONE);
        assertEquals(1, r.errors().size());
        assertEquals(2, r.errors().get(0).row(), "the first line that is not UTF-8");
        assertTrue(r.errors().get(0).message().contains("UTF-8"));
        ImportReport utf16 = importer.importFile("sectors", text.getBytes(StandardCharsets.UTF_16), CatalogFormat.CSV,
                false, "t", ImportProgress.NONE);
        assertTrue(utf16.errors().get(0).message().contains("UTF-16"));
        assertEquals(0, service.count("sectors"));

        ImportReport nfd = csv("sectors", Normalizer.normalize(text, Normalizer.Form.NFD), false);
        assertTrue(nfd.ok(), nfd.errors().toString());
        String stored = service.find("sectors", "G02", LocalDate.now()).orElseThrow().nameVi();
        assertEquals("Hộ tịch", stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void jsonRowsAreNumberedAndUnknownFieldsNamed(String vendor) throws Exception {
        fresh(vendor);
        String json = "[{\"code\":\"QĐ\",\"nameVi\":\"Quyết định\",\"attributes\":{\"abbreviation\":\"QĐ\"}},"
                + "{\"code\":\"nq\",\"nameVi\":\"Nghị quyết\"},{\"code\":\"TT\",\"name\":\"Thông tư\"}]";
        ImportReport r = importer.importFile("document-types", json.getBytes(StandardCharsets.UTF_8), CatalogFormat.JSON,
                false, "t", ImportProgress.NONE);
        assertEquals(List.of("2:code", "3:name", "3:name_vi"), r.errors().stream().map(e -> e.row() + ":" + e.field()).toList());
        ImportReport broken = importer.importFile("document-types", "[{\"code\":".getBytes(StandardCharsets.UTF_8),
                CatalogFormat.JSON, false, "t", ImportProgress.NONE);
        assertTrue(broken.errors().get(0).message().startsWith("The file is not valid JSON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void demoSeedLoadsCleanlyAndHoldsEveryCodeTheDemoSitesUse(String vendor) throws Exception {
        fresh(vendor);
        String loaded = CatalogSeed.load("demo", importer, service);
        assertTrue(loaded.startsWith("admin-units 14, agencies 11, sectors 6, document-types 11, procedures 7"), loaded);
        assertEquals("", CatalogSeed.load("demo", importer, service), "only empty catalogs are seeded");
        LocalDate today = LocalDate.now();
        for (var site : vn.portal.kernel.core.site.SiteSeed.read("demo")) {
            assertTrue(service.find("agencies", site.agencyCode(), today).isPresent(), site.agencyCode());
            assertTrue(service.find("admin-units", site.unitCode(), today).isPresent(), site.unitCode());
        }
        assertEquals(List.of("99007", "99010"),
                service.find("admin-units", "99104", LocalDate.of(2025, 6, 30)).orElseThrow().successorCodes(),
                "a commune split in two");
    }
}
