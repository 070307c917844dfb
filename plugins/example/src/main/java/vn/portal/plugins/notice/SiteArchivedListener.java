package vn.portal.plugins.notice;

import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;

/** An archived site shows nothing, so its notices are switched off. Safe to receive twice. */
@Extension
public class SiteArchivedListener implements EventListener {

    private final NoticeService service;

    public SiteArchivedListener(PluginContext context) {
        this.service = NoticePlugin.service(context);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("kernel.site.archived");
    }

    @Override
    public void onEvent(PortalEvent event) {
        service.deactivateAll(event.siteKey());
    }
}
