package vn.portal.plugins.search.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.search.SearchPlugin;
import vn.portal.plugins.search.api.Indexable;
import vn.portal.plugins.search.index.Change;

/**
 * Follows the outbox: for each event an Indexable cares about, reads the documents it changed
 * again and puts them in the index (or takes them out), visible at once. Idempotent by nature:
 * delivering an event twice reads the same current state twice. A failure (the index is being
 * closed, a source cannot be read) throws, and the kernel delivers the event again later.
 */
@Extension
public class IndexFeed implements EventListener {

    private final PluginContext context;
    private final Indexables indexables;

    public IndexFeed(PluginContext context) {
        this.context = context;
        this.indexables = new Indexables(context);
    }

    @Override
    public Set<String> eventTypes() {
        return indexables.eventTypes();
    }

    @Override
    public void onEvent(PortalEvent event) {
        List<Change> changes = changes(indexables.all(), event);
        if (!changes.isEmpty()) {
            SearchPlugin.service(context).apply(changes);
        }
    }

    /** What the event means for the index, by every Indexable that wants it. */
    static List<Change> changes(List<Indexable> all, PortalEvent event) {
        List<Change> changes = new ArrayList<>();
        for (Indexable i : all) {
            if (Indexables.wants(i, event.type())) {
                for (String id : i.affectedIds(event)) {
                    if (id != null && !id.isBlank()) {
                        changes.add(Indexables.change(i, id, event.siteKey()));
                    }
                }
            }
        }
        return changes;
    }
}
