package vn.portal.plugins.notify.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

/** Mounts {@link NotifyResource} at {@code /api/v1/notify/}. */
@Extension
public class NotifyRest implements RestResource {

    private final PluginContext context;

    public NotifyRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new NotifyResource(context, site);
    }
}
