package vn.portal.kernel.api.web;

import java.util.Map;
import java.util.Set;

/**
 * What a public route renders: a title and an HTML body fragment placed in the
 * theme's main region. The HTML must already be safe (escaped or sanitised).
 *
 * @param cacheTags what the page shows, for the full-page cache: invalidating one of these
 *                  tags (see {@link PageCache}) drops the page. Without tags the page is
 *                  dropped with the site's general pages (home, lists).
 * @param meta      extra {@code <meta name content>} of the page, e.g. Dublin Core
 *                  {@code DC.date}, {@code DC.identifier}, {@code DC.subject}; the name
 *                  {@code canonical} becomes {@code <link rel="canonical">}, and
 *                  {@code alternate:<lang>} points the language switch at the page's translation
 * @param rawType   null for a page in the theme; otherwise {@code html} is sent as it is with
 *                  this content type (a feed: {@code application/rss+xml; charset=UTF-8})
 */
public record PageContent(int status, String title, String html, Set<String> cacheTags, Map<String, String> meta,
        String rawType) {

    public PageContent {
        cacheTags = cacheTags == null ? Set.of() : Set.copyOf(cacheTags);
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    public PageContent(int status, String title, String html) {
        this(status, title, html, Set.of(), Map.of(), null);
    }

    public PageContent(int status, String title, String html, Set<String> cacheTags, Map<String, String> meta) {
        this(status, title, html, cacheTags, meta, null);
    }

    /** A document sent as it is, outside the theme (feeds, data files). */
    public static PageContent raw(String contentType, String body, Set<String> cacheTags) {
        return new PageContent(200, null, body, cacheTags, Map.of(), contentType);
    }

    public static PageContent ok(String title, String html) {
        return new PageContent(200, title, html);
    }
}
