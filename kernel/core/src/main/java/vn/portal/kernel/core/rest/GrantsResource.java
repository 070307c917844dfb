package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccessStore;
import vn.portal.kernel.core.identity.AccountAdmin;
import vn.portal.kernel.core.identity.Guard;

/**
 * Grants of roles to users and groups. Grants on a site need {@code kernel:grant-manage:<site>}
 * (a site administrator can grant on their site); global grants and the administrator
 * role need it everywhere.
 */
@Path("grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GrantsResource {

    /** Body of a grant. */
    public record GrantInput(String principalType, String principalId, String role, String site, Boolean inherit) {
    }

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    Guard guard;

    @GET
    public List<AccessStore.Grant> grants(@QueryParam("site") String site) {
        guard.require("kernel:grant-manage:" + (site == null ? "*" : site));
        return access.grants().stream().filter(g -> site == null || site.equals(g.siteKey())).toList();
    }

    @POST
    public Response grant(GrantInput in) {
        if (in == null) {
            throw PortalException.invalid("A grant is required in the body", Map.of());
        }
        PortalUser by = guard.require("kernel:grant-manage:" + (in.site() == null ? "*" : in.site()));
        if ("administrator".equals(in.role())) {
            guard.require("kernel:grant-manage:*");
        }
        AccessStore.Grant g = admin.grant(in.principalType(), in.principalId(), in.role(), in.site(),
                !Boolean.FALSE.equals(in.inherit()), by.username());
        return Response.status(201).entity(g).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        AccessStore.Grant g = access.grant(id).orElseThrow(() -> PortalException.notFound("No grant '" + id + "'"));
        guard.require("kernel:grant-manage:" + (g.siteKey() == null ? "*" : g.siteKey()));
        admin.revoke(id);
        return Response.noContent().build();
    }
}
