package vn.portal.kernel.it.dossiers;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

public class DossierProbeRest implements RestResource {

    private final PluginContext context;

    public DossierProbeRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new DossierProbeResource(context, site);
    }
}
