package vn.portal.plugins.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/** The content plugin: its definitions are read once, its service shared by its extensions. */
public class ContentPlugin extends PortalPlugin {

    private static final Map<PluginContext, ContentService> SERVICES = new ConcurrentHashMap<>();
    private static final Map<PluginContext, Ratings> RATINGS = new ConcurrentHashMap<>();
    private static final Map<PluginContext, Participation> PARTICIPATION = new ConcurrentHashMap<>();
    private static final Map<PluginContext, ImageVariants> IMAGES = new ConcurrentHashMap<>();

    public ContentPlugin(PluginContext context) {
        super(context);
    }

    /** One service per plugin context (a reload gets a new context and new definitions). */
    static ContentService service(PluginContext context) {
        return SERVICES.computeIfAbsent(context, c -> new ContentService(c, Definitions.load()));
    }

    static Participation participation(PluginContext context) {
        return PARTICIPATION.computeIfAbsent(context, c -> new Participation(c, service(c)));
    }

    static ImageVariants images(PluginContext context) {
        return IMAGES.computeIfAbsent(context, ImageVariants::new);
    }

    static Ratings ratings(PluginContext context) {
        return RATINGS.computeIfAbsent(context, Ratings::new);
    }

    /** On a first start with sample data, fills the sites that have no items yet (see {@link ContentSeed}). */
    @Override
    public void start() {
        new ContentSeed(context(), service(context())).loadAll();
    }

    @Override
    public void stop() {
        SERVICES.remove(context());
        RATINGS.remove(context());
        PARTICIPATION.remove(context());
        IMAGES.remove(context());
    }
}
