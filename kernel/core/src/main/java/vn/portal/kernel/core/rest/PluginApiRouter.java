package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteResolver;
import vn.portal.kernel.core.site.SiteService;

/**
 * Mounts each started plugin's {@link RestResource} at {@code /api/v1/<pluginId>/}.
 * The call's site is the {@code site} query parameter, else the Host's site; on a
 * site where the plugin is disabled the plugin's API does not exist (404).
 */
@Path("/")
@RequestScoped
public class PluginApiRouter {

    @Inject
    PluginHost host;

    @Inject
    SiteService sites;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Path("{pluginId}")
    public Object route(@PathParam("pluginId") String pluginId) {
        Contribution<RestResource> rest = host.extensions(RestResource.class).stream()
                .filter(c -> c.pluginId().equals(pluginId)).findFirst()
                .orElseThrow(() -> PortalException.notFound("No API '" + pluginId + "'"));
        Site site = site();
        if (!sites.isPluginEnabled(site.key(), pluginId)) {
            throw PortalException.notFound("Plugin '" + pluginId + "' is not enabled on site '" + site.key() + "'");
        }
        RequestContext.current().site(site.key()).plugin(pluginId);
        return rest.extension().resource(site);
    }

    private Site site() {
        String key = uri.getQueryParameters().getFirst("site");
        if (key != null) {
            return sites.find(key).orElseThrow(() -> PortalException.notFound("No site '" + key + "'"));
        }
        String host = headers.getHeaderString(HttpHeaders.HOST);
        Optional<SiteResolver.Resolution> r = SiteResolver.resolve(sites.snapshot(), host, "/");
        return r.map(SiteResolver.Resolution::site)
                .orElseThrow(() -> PortalException.notFound("No site for this request; pass ?site=<key>"));
    }
}
