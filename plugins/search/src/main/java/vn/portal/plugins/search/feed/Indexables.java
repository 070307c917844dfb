package vn.portal.plugins.search.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.api.Indexable;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.index.Change;
import vn.portal.plugins.search.index.DocumentSource;

/**
 * The Indexables of the plugins started now (asked each time: plugins start, stop and reload
 * while the portal runs), and the documents they hand over, checked.
 */
public final class Indexables implements DocumentSource {

    private static final Logger LOG = Logger.getLogger(Indexables.class.getName());

    private final PluginContext context;

    public Indexables(PluginContext context) {
        this.context = context;
    }

    public List<Indexable> all() {
        return context.extensions(Indexable.class);
    }

    public Optional<Indexable> bySource(String source) {
        return all().stream().filter(i -> source.equals(i.source())).findFirst();
    }

    /** The event types of every Indexable, in the kernel's notation ({@code prefix.*}). */
    public Set<String> eventTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (Indexable i : all()) {
            for (String t : i.eventTypes()) {
                // "content*" (no dot) has no kernel equivalent: listen to everything and filter here
                types.add(t.endsWith("*") && !t.endsWith(".*") && !t.equals("*") ? "*" : t);
            }
        }
        return types;
    }

    /** Whether the Indexable wants this event type (a trailing * matches a prefix). */
    static boolean wants(Indexable i, String eventType) {
        for (String t : i.eventTypes()) {
            if (t.equals("*") || t.equals(eventType)
                    || (t.endsWith("*") && eventType.startsWith(t.substring(0, t.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> siteKeys() {
        return context.sites().all().stream().map(Site::key).toList();
    }

    @Override
    public void forEachDocument(String siteKey, Consumer<SearchDocument> sink) {
        for (Indexable i : all()) {
            i.forEachDocument(siteKey, d -> {
                if (valid(i, d)) {
                    sink.accept(d);
                }
            });
        }
    }

    @Override
    public Optional<Change> reread(String source, String id) {
        return bySource(source).map(i -> change(i, id, null));
    }

    /** The document as its Indexable hands it now: an upsert, or a removal when it must not be found. */
    static Change change(Indexable i, String id, String siteKey) {
        SearchDocument d = i.document(id).filter(doc -> valid(i, doc)).orElse(null);
        return Change.of(i.source(), id, siteKey, d);
    }

    /** A document the index would refuse (no site, id or title; another source's) is left out and logged. */
    static boolean valid(Indexable i, SearchDocument d) {
        boolean ok = d != null && i.source().equals(d.source()) && notBlank(d.id()) && notBlank(d.siteKey())
                && notBlank(d.title());
        if (!ok) {
            LOG.warning("Indexable '" + i.source() + "' handed an unusable document, left out: " + d);
        }
        return ok;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
