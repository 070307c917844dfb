package vn.portal.kernel.it.probe;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

public class ProbeRest implements RestResource {

    private final PluginContext context;

    public ProbeRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new ProbeResource(context, site);
    }
}
