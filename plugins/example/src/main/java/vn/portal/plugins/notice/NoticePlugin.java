package vn.portal.plugins.notice;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/**
 * Site notices: a banner at the top of every page of a site, e.g. a planned
 * outage announced seven working days ahead (REQUIREMENTS-VN.md §2). The
 * plugin guide walks through this plugin file by file.
 */
public class NoticePlugin extends PortalPlugin {

    public static final String ID = "notice";

    /** One service per started plugin, shared by its extensions (it remembers each site's banner). */
    private static final Map<PluginContext, NoticeService> SERVICES = new ConcurrentHashMap<>();

    public NoticePlugin(PluginContext context) {
        super(context);
    }

    /** The plugin's service: every extension uses this one, so a change one makes the others see at once. */
    static NoticeService service(PluginContext context) {
        return SERVICES.computeIfAbsent(context, NoticeService::new);
    }

    @Override
    public void stop() {
        SERVICES.remove(context());
    }
}
