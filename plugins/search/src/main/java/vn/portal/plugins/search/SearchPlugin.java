package vn.portal.plugins.search;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;
import vn.portal.plugins.search.synonyms.JpaSynonymStore;

/**
 * The search plugin: keeps a Lucene index of every {@code Indexable} plugin's documents in its
 * local directory. At start it opens the index; a missing or damaged one is rebuilt from the
 * database in the background while an empty stand-in answers searches.
 */
public class SearchPlugin extends PortalPlugin {

    /**
     * Plugins that implement Indexable start after this one: the start-up rebuild waits a little,
     * so theirs are there to ask (the maintenance job catches any that came later).
     */
    static final Duration START_REBUILD_DELAY = Duration.ofSeconds(5);

    private static final Map<PluginContext, SearchService> SERVICES = new ConcurrentHashMap<>();

    public SearchPlugin(PluginContext context) {
        super(context);
    }

    /** The service of a started plugin (one per plugin context: a reload gets a new one). */
    public static SearchService service(PluginContext context) {
        SearchService s = SERVICES.get(context);
        if (s == null) {
            throw new IllegalStateException("the search plugin is not started");
        }
        return s;
    }

    @Override
    public void start() {
        SearchService service = new SearchService(context(), new JpaSynonymStore(context()));
        SERVICES.put(context(), service);
        if (service.index().needsRebuild()) {
            service.rebuildLater("start: index " + service.index().damage(), START_REBUILD_DELAY);
        }
    }

    @Override
    public void stop() {
        SearchService s = SERVICES.remove(context());
        if (s != null) {
            s.close();
        }
    }
}
