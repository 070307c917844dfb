package vn.portal.plugins.search.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pf4j.ExtensionPoint;
import vn.portal.kernel.api.event.PortalEvent;

/**
 * Implemented by a plugin whose documents are searchable (content, procedures, …). The
 * search plugin asks it for documents when its outbox events say they changed, and for all
 * of a site's documents when it rebuilds the index.
 */
public interface Indexable extends ExtensionPoint {

    /** A short name unique among Indexables ("content", "procedure"); ids are unique within it. */
    String source();

    /** The outbox event types that change this source's documents; a trailing {@code *} matches a prefix ("content.*"). */
    Set<String> eventTypes();

    /** The ids of the documents an event changed (to re-read with {@link #document}). */
    List<String> affectedIds(PortalEvent event);

    /** The document as the public may find it; empty when it must not be found (draft, unpublished, deleted). */
    Optional<SearchDocument> document(String id);

    /** Every findable document of one site, for a full rebuild. */
    void forEachDocument(String siteKey, Consumer<SearchDocument> sink);
}
