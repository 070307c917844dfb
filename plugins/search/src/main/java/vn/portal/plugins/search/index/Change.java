package vn.portal.plugins.search.index;

import vn.portal.plugins.search.api.SearchDocument;

/**
 * What the index must now hold for one document: its new version, or nothing (deleted,
 * unpublished, a draft).
 *
 * @param siteKey  the site the change belongs to (for the per-site status), may be null
 * @param document null = remove the document from the index
 */
public record Change(String source, String id, String siteKey, SearchDocument document) {

    public static Change of(String source, String id, String siteKey, SearchDocument document) {
        return new Change(source, id, document != null ? document.siteKey() : siteKey, document);
    }

    DocKey key() {
        return new DocKey(source, id);
    }

    /** A document of a source: what the index keys by. */
    public record DocKey(String source, String id) {
    }
}
