package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.Guard;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.plugin.PluginInfo;
import vn.portal.kernel.core.site.SiteService;

/** Installed plugins: state, lifecycle, and the per-site switch. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PluginsResource {

    /** Body of the per-site switch. */
    public record Switch(Boolean enabled) {
    }

    @Inject
    PluginHost host;

    @Inject
    SiteService sites;

    @Inject
    Guard guard;

    @GET
    public List<PluginInfo> list() {
        guard.require("kernel:plugin-view");
        return host.list();
    }

    @GET
    @Path("{id}")
    public PluginInfo get(@PathParam("id") String id) {
        guard.require("kernel:plugin-view");
        return host.find(id).orElseThrow(() -> PortalException.notFound("No plugin '" + id + "'"));
    }

    @POST
    @Path("{id}/start")
    public PluginInfo start(@PathParam("id") String id) {
        guard.require("kernel:plugin-manage");
        return host.start(id);
    }

    @POST
    @Path("{id}/stop")
    public PluginInfo stop(@PathParam("id") String id) {
        guard.require("kernel:plugin-manage");
        return host.stop(id);
    }

    @POST
    @Path("{id}/reload")
    public PluginInfo reload(@PathParam("id") String id) {
        guard.require("kernel:plugin-manage");
        return host.reload(id);
    }

    /** Enables or disables the plugin on one site, at once and without a restart. */
    @PUT
    @Path("{id}/sites/{site}")
    public PluginInfo setEnabled(@PathParam("id") String id, @PathParam("site") String site, Switch body) {
        guard.require("kernel:plugin-enable:" + site);
        if (body == null || body.enabled() == null) {
            throw PortalException.invalid("Say whether the plugin is enabled", Map.of("enabled", "true or false is required"));
        }
        host.find(id).orElseThrow(() -> PortalException.notFound("No plugin '" + id + "'"));
        sites.setPluginEnabled(site, id, body.enabled());
        return host.find(id).orElseThrow();
    }
}
