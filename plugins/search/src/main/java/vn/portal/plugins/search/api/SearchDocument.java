package vn.portal.plugins.search.api;

import java.time.Instant;
import java.util.List;

/**
 * One searchable document as an {@link Indexable} hands it to the index.
 *
 * @param source     the Indexable's {@link Indexable#source()}
 * @param id         unique within the source
 * @param siteKey    the site it belongs to
 * @param type       what it is ("article", "procedure", …): a facet
 * @param locale     "vi", "en", …
 * @param title      plain text
 * @param summary    plain text, may be null
 * @param body       plain text (HTML already stripped), may be null
 * @param url        where the public reads it (site-relative or absolute)
 * @param date       publication date, may be null
 * @param categories category slugs: a facet; may be null
 * @param sector     catalog code or null: a facet
 * @param unit       catalog code or null: a facet
 * @param permission null = public; else a permission the reader must hold
 */
public record SearchDocument(String source, String id, String siteKey, String type, String locale,
        String title, String summary, String body, String url, Instant date,
        List<String> categories, String sector, String unit, String permission) {

    public SearchDocument {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
