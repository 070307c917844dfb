package vn.portal.plugins.content;

import java.time.Instant;
import java.util.Map;

/** A published item for anyone (headless use): only what was published, with its public address. */
public record PublishedView(String id, String site, String type, String locale, String slug, String title,
        String summary, Map<String, Object> fields, int revision, Instant publishedAt, Instant updatedAt, String url) {

    static PublishedView of(PublishedItem p, String url) {
        return new PublishedView(p.itemId, p.siteKey, p.type, p.locale, p.slug, p.title, p.summary,
                ContentService.fieldsOf(p.fields), p.revision, ItemView.instant(p.publishedAt),
                ItemView.instant(p.updatedAt), url);
    }
}
