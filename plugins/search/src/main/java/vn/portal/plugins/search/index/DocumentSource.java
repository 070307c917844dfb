package vn.portal.plugins.search.index;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.portal.plugins.search.api.SearchDocument;

/** Where a rebuild reads the documents from: every Indexable of every started plugin. */
public interface DocumentSource {

    /** The sites to index. */
    List<String> siteKeys();

    /** Every findable document of the site, of every source. */
    void forEachDocument(String siteKey, Consumer<SearchDocument> sink);

    /** The document's state now, or empty when its source is not there to ask (its plugin stopped). */
    Optional<Change> reread(String source, String id);
}
