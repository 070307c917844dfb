package vn.portal.plugins.search.rest;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.SearchPlugin;

/** Mounts {@link SearchResource} at {@code /api/v1/search/}. */
@Extension
public class SearchRest implements RestResource {

    private final PluginContext context;

    public SearchRest(PluginContext context) {
        this.context = context;
    }

    @Override
    public Object resource(Site site) {
        return new SearchResource(context, SearchPlugin.service(context), site);
    }
}
