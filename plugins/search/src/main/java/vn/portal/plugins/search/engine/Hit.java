package vn.portal.plugins.search.engine;

import java.time.Instant;

/**
 * One result.
 *
 * @param titleHtml   the title, HTML-escaped, matched words in {@code <mark>}
 * @param snippetHtml passages of the text, HTML-escaped, matched words in {@code <mark>}
 */
public record Hit(String source, String id, String siteKey, String type, String locale, String title,
        String titleHtml, String snippetHtml, String url, Instant date, float score) {
}
