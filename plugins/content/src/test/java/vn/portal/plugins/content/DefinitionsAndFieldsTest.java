package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.testkit.InMemoryPluginContext;

/** Content types and workflows are data; fields are checked against their type. */
class DefinitionsAndFieldsTest {

    final Definitions definitions = Definitions.load();

    @Test
    void everyRequiredTypeIsDefinedWithAPublicPath() {
        assertEquals(List.of("article", "page", "announcement", "legal-document", "procedure-page", "leader-profile",
                "organisation", "event", "draft-document", "question"),
                definitions.types().stream().map(ContentType::name).toList());
        ContentType legal = definitions.type("legal-document");
        for (String field : List.of("form", "number", "issuer", "issueDate", "effectiveDate", "abstract", "file")) {
            assertNotNull(legal.field(field), field);
        }
        assertEquals("document-types", legal.field("form").catalog());
        assertEquals("procedures", definitions.type("procedure-page").field("procedure").catalog());
        assertEquals(definitions.type("article"), definitions.typeByPath("tin-tuc"));
        assertEquals(10, definitions.types().stream().map(ContentType::path).distinct().count(), "paths are unique");
    }

    @Test
    void workflowsNameWhoMayDoWhat() {
        Workflow w = definitions.workflow("default");
        assertEquals("draft", w.initial());
        assertEquals(List.of("submit"), w.from("draft").stream().map(Workflow.Action::name).toList());
        assertEquals("publish", w.action("publish").orElseThrow().permission());
        assertTrue(w.action("reject").orElseThrow().commentRequired());
        assertTrue(definitions.workflow("simple").from("draft").stream().anyMatch(a -> a.name().equals("publish")));
        assertEquals("default", definitions.workflow("unknown").name(), "an unknown setting falls back to default");
    }

    @Test
    void slugsAreVietnameseWithoutDiacritics() {
        assertEquals("quyet-dinh-so-12-qd-ubnd-ve-viec-dong-dien", Slugs.of("Quyết định số 12/QĐ-UBND về việc đóng điện"));
        assertEquals("bai-viet", Slugs.of("!!!"));
        assertTrue(Slugs.valid("ubnd-tinh-hop-phien-thuong-ky"));
        assertFalse(Slugs.valid("Có dấu"));
        assertTrue(Slugs.of("a ".repeat(200)).length() <= Slugs.MAX);
    }

    @Test
    void fieldsAreCheckedAgainstTheTypeAndTheCatalog() throws Exception {
        InMemoryPluginContext context = new InMemoryPluginContext("content")
                .catalogEntry(new CatalogEntry("document-types", "QĐ", "Quyết định", null, null, null, null, List.of(),
                        Map.of(), "ACTIVE"))
                .catalogEntry(new CatalogEntry("agencies", "H99", "UBND tỉnh", null, null, null, null, List.of(),
                        Map.of(), "ACTIVE"));
        String pdf = context.blobs().put(new ByteArrayInputStream("%PDF-1.7".getBytes()), "application/pdf").id();
        FieldChecker checker = new FieldChecker(context);
        Map<String, Object> good = new LinkedHashMap<>(Map.of("form", "QĐ", "number", "12/QĐ-UBND", "issuer", "H99",
                "issueDate", LocalDate.of(2026, 3, 2).toString(), "abstract", "Về việc ban hành quy chế", "file", pdf));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> out = checker.check("so-noi-vu", definitions.type("legal-document"), good, errors);
        assertEquals(Map.of(), errors);
        assertEquals("12/QĐ-UBND", out.get("number"));

        Map<String, Object> bad = new LinkedHashMap<>(good);
        bad.put("form", "XX");
        bad.put("issueDate", "2/3/2026");
        bad.put("file", pdf.substring(1));
        bad.remove("abstract");
        bad.put("colour", "đỏ");
        checker.check("so-noi-vu", definitions.type("legal-document"), bad, errors);
        assertEquals(List.of("fields.colour", "fields.form", "fields.issueDate", "fields.abstract", "fields.file"),
                List.copyOf(errors.keySet()));

        Map<String, String> imageErrors = new LinkedHashMap<>();
        checker.check("so-noi-vu", definitions.type("article"), Map.of("body", "<p>x</p>", "featuredImage", pdf, "featuredImageAlt", "Ảnh"), imageErrors);
        assertTrue(imageErrors.get("fields.featuredImage").contains("not an image"), imageErrors.toString());
    }

    @Test
    void libraryFilesStayOnTheirSiteAndImagesAreDescribed() throws Exception {
        InMemoryPluginContext context = new InMemoryPluginContext("content");
        String own = context.blobs().put(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "image/png").id();
        String other = context.blobs().put(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "image/png").id();
        String bare = context.blobs().put(new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "image/png").id();
        Map<String, MediaFile> library = Map.of(own, media(own, "so-noi-vu", "Toàn cảnh hội nghị"),
                other, media(other, "so-tai-chinh", null), bare, media(bare, "so-noi-vu", null));
        FieldChecker checker = new FieldChecker(context, id -> java.util.Optional.ofNullable(library.get(id)));

        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> out = checker.check("so-noi-vu", definitions.type("article"),
                Map.of("body", "<p>x</p>", "featuredImage", own), errors);
        assertEquals(Map.of(), errors);
        assertEquals("Toàn cảnh hội nghị", out.get("featuredImageAlt"), "the library's description when none is typed");
        out = checker.check("so-noi-vu", definitions.type("article"), Map.of("body", "<p>x</p>", "featuredImage", own,
                "featuredImageAlt", "Đại biểu dự họp"), errors);
        assertEquals("Đại biểu dự họp", out.get("featuredImageAlt"), "the item's own description wins");

        checker.check("so-noi-vu", definitions.type("article"), Map.of("body", "<p>x</p>", "featuredImage", other), errors);
        assertTrue(errors.get("fields.featuredImage").contains("another site's media library"), errors.toString());
        errors.clear();
        checker.check("so-noi-vu", definitions.type("article"), Map.of("body", "<p>x</p>", "featuredImage", bare), errors);
        assertTrue(errors.get("fields.featuredImageAlt").contains("bắt buộc"), "no description anywhere: " + errors);

        assertTrue(checker.imagesProblem("so-noi-vu", "<img src=\"/api/v1/content/public/media/" + own + "?site=so-noi-vu\">")
                .contains("needs a description"));
        assertEquals(null, checker.imagesProblem("so-noi-vu", "<img src=\"/api/v1/content/public/media/" + own
                + "?site=so-noi-vu\" alt=\"Toàn cảnh\">"));
        assertTrue(checker.imagesProblem("so-noi-vu", "<img src=\"/api/v1/content/public/media/" + own + "\" alt=\" \">")
                .contains("needs a description"), "a library image is never decorative");
        assertEquals(null, checker.imagesProblem("so-noi-vu", "<img src=\"https://example.vn/a.png\" alt=\"\">"),
                "an outside image may be marked decorative");
        assertTrue(checker.imagesProblem("so-noi-vu", "<img src=\"/api/v1/content/media/" + other + "?site=x\" alt=\"A\">")
                .contains("another site"));
    }

    private static MediaFile media(String id, String site, String alt) {
        MediaFile m = new MediaFile();
        m.blobId = id;
        m.siteKey = site;
        m.kind = MediaFile.IMAGE;
        m.mediaType = "image/png";
        m.altText = alt;
        return m;
    }
}
