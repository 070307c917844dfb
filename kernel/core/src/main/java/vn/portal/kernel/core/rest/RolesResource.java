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

/** Roles: named sets of permission patterns; {@code {site}} stands for the granted site(s). */
@Path("roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

    /** Body of a role. */
    public record RoleInput(String labelVi, String labelEn, List<String> permissions) {
    }

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    Guard guard;

    /** For whoever may grant on the site named by {@code site} (everywhere when absent). */
    @GET
    public List<AccessStore.Role> roles(@QueryParam("site") String site) {
        guard.require("kernel:grant-manage:" + (site == null ? "*" : site));
        return access.roles();
    }

    @PUT
    @Path("{name}")
    public AccessStore.Role saveRole(@PathParam("name") String name, RoleInput in) {
        guard.require("kernel:role-manage");
        if (in == null) {
            throw PortalException.invalid("A role is required in the body", Map.of());
        }
        return admin.saveRole(name, in.labelVi(), in.labelEn(), in.permissions());
    }

}
