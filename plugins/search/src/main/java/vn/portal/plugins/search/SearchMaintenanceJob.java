package vn.portal.plugins.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.engine.SearchQuery;
import vn.portal.plugins.search.engine.SearchResults;
import vn.portal.plugins.search.index.Change;
import vn.portal.plugins.search.procedure.ProcedureIndexable;

/**
 * Every 15 minutes: reads the catalog's procedures into the index again (the kernel emits no
 * catalog events) and takes out those no longer valid; and starts a rebuild when the index
 * still needs one (a rebuild at start that failed).
 */
@Extension
public class SearchMaintenanceJob implements ScheduledJob {

    private final PluginContext context;

    public SearchMaintenanceJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "maintenance";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(15);
    }

    @Override
    public void run() {
        SearchService service = SearchPlugin.service(context);
        if (service.index().needsRebuild()) {
            service.rebuildLater("maintenance: index " + service.index().damage(), Duration.ZERO);
            return;
        }
        ProcedureIndexable indexable = service.indexables().all().stream()
                .filter(ProcedureIndexable.class::isInstance).map(ProcedureIndexable.class::cast).findFirst()
                .orElse(null);
        if (indexable != null) {
            service.apply(refresh(indexable.all(), indexedIds(service)));
        }
    }

    /** Upserts for the procedures there are, removals for those indexed that are gone. */
    static List<Change> refresh(List<SearchDocument> current, Set<String> indexed) {
        List<Change> changes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SearchDocument d : current) {
            ids.add(d.id());
            changes.add(Change.of(d.source(), d.id(), d.siteKey(), d));
        }
        for (String id : indexed) {
            if (!ids.contains(id)) {
                changes.add(Change.of(ProcedureIndexable.SOURCE, id, null, null));
            }
        }
        return changes;
    }

    /** The ids of the procedures in the index now (all of them are public: no permission needed). */
    static Set<String> indexedIds(SearchService service) {
        Set<String> ids = new HashSet<>();
        int size = 100;
        for (int page = 1; page * size <= 10_000; page++) {
            SearchQuery q = new SearchQuery(null, Set.of(), Set.of(ProcedureIndexable.TYPE), Set.of(), Set.of(),
                    Set.of(), null, null, null, SearchQuery.Order.NEWEST, page, size, null, null);
            SearchResults r = service.index().read(index -> index.search(q));
            r.hits().stream().filter(h -> ProcedureIndexable.SOURCE.equals(h.source())).forEach(h -> ids.add(h.id()));
            if (r.hits().size() < size) {
                break;
            }
        }
        return ids;
    }
}
