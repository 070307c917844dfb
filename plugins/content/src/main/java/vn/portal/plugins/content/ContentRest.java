package vn.portal.plugins.content;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

/** Mounts {@link ContentResource} at {@code /api/v1/content/}. */
@Extension
public class ContentRest implements RestResource {

    private final PluginContext context;

    public ContentRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new ContentResource(context, ContentPlugin.service(context), site);
    }
}
