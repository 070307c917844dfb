package vn.portal.plugins.eform;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

/** Mounts {@link EformResource} at {@code /api/v1/eform/}. */
@Extension
public class EformRest implements RestResource {

    private final PluginContext context;

    public EformRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new EformResource(context, site);
    }
}
