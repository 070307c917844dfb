package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.search.api.SearchDocument;

/** A published item as the search plugin receives it. */
class ContentIndexableTest {

    final InMemoryPluginContext context = new InMemoryPluginContext("content").site(EditorTest.SITE)
            .catalogEntry(new CatalogEntry("sectors", "NOIVU", "Nội vụ", "Home affairs", null, LocalDate.of(2020, 1, 1),
                    null, List.of(), null, "ACTIVE"));
    final ContentIndexable indexable = new ContentIndexable(context);

    static PublishedItem article() {
        PublishedItem p = new PublishedItem();
        p.itemId = "i1";
        p.siteKey = "so-noi-vu";
        p.type = "article";
        p.locale = "vi";
        p.slug = "thong-bao-tuyen-dung";
        p.title = "Thông báo tuyển dụng";
        p.summary = "Tóm tắt";
        p.fields = "{\"body\":\"<p>Nộp hồ sơ tại <strong>Sở</strong></p>\",\"sector\":\"NOIVU\","
                + "\"featuredImageAlt\":\"ảnh\",\"byline\":\"Phòng TT\"}";
        p.categories = "tin-tuc thong-bao";
        p.publishedAt = Timestamp.from(Instant.parse("2026-03-02T03:00:00Z"));
        return p;
    }

    @Test
    void thePublicCopyBecomesADocumentWithPlainTextNamesAndItsAddress() {
        SearchDocument d = indexable.toDocument(article());
        assertEquals("content", d.source());
        assertEquals("so-noi-vu", d.siteKey());
        assertEquals("Thông báo tuyển dụng", d.title());
        assertTrue(d.body().contains("Nộp hồ sơ tại Sở") && !d.body().contains("<"), "rich text as text: " + d.body());
        assertTrue(d.body().contains("Nội vụ"), "a catalog code as its name: " + d.body());
        assertTrue(d.body().contains("Phòng TT"));
        assertFalse(d.body().contains("ảnh"), "image descriptions are not body text");
        assertEquals(List.of("tin-tuc", "thong-bao"), d.categories());
        assertEquals("NOIVU", d.sector());
        assertNull(d.unit());
        assertNull(d.permission(), "published content is public");
        assertTrue(d.url().endsWith("/tin-tuc/thong-bao-tuyen-dung"), d.url());
        assertEquals(Instant.parse("2026-03-02T03:00:00Z"), d.date());
    }

    @Test
    void everyItemEventNamesItsItem() {
        assertEquals(java.util.Set.of("content.item.*"), indexable.eventTypes());
        PortalEvent e = new PortalEvent("e1", "content.item.unpublished", "so-noi-vu", "content", Instant.now(),
                "{\"id\":\"i1\",\"type\":\"article\",\"locale\":\"vi\",\"slug\":\"x\",\"status\":\"unpublished\"}");
        assertEquals(List.of("i1"), indexable.affectedIds(e));
    }

    @Test
    void typesAreNamedInTheReadersLanguage() {
        assertEquals("Văn bản", indexable.label("type", "legal-document", "so-noi-vu", "vi").orElseThrow());
        assertEquals("Legal document", indexable.label("type", "legal-document", "so-noi-vu", "en").orElseThrow());
        assertTrue(indexable.label("sector", "NOIVU", "so-noi-vu", "vi").isEmpty(), "sectors are the search plugin's");
    }
}
