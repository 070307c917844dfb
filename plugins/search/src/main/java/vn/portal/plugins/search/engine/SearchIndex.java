package vn.portal.plugins.search.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.portal.plugins.search.api.SearchDocument;

/** Skeleton: the API the plugin codes against; the engine follows. */
public final class SearchIndex implements AutoCloseable {

    private SearchIndex() {
    }

    public static SearchIndex open(Path dir) throws IndexDamagedException {
        throw new UnsupportedOperationException("not yet");
    }

    public void upsert(SearchDocument d) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(String source, String id) {
        throw new UnsupportedOperationException("not yet");
    }

    public void deleteSite(String siteKey) {
        throw new UnsupportedOperationException("not yet");
    }

    public void refresh() {
        throw new UnsupportedOperationException("not yet");
    }

    public void commit() {
        throw new UnsupportedOperationException("not yet");
    }

    public long count(String siteKey) {
        throw new UnsupportedOperationException("not yet");
    }

    public SearchResults search(SearchQuery q) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<String> suggest(String prefix, Set<String> sites, String locale, int max) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
