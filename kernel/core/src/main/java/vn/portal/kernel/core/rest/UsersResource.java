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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccountAdmin;
import vn.portal.kernel.core.identity.Guard;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;

/** User administration; everything needs {@code kernel:user-manage}. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    static final String PERMISSION = "kernel:user-manage";

    /** Body of a new or changed user. */
    public record UserInput(String username, String displayName, String email) {
    }

    @Inject
    UserStore users;
    @Inject
    AccountAdmin admin;
    @Inject
    Guard guard;

    @GET
    public List<UserAccount> list() {
        guard.require(PERMISSION);
        return users.all();
    }

    @GET
    @Path("{id}")
    public UserAccount get(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return users.byId(id).orElseThrow(() -> PortalException.notFound("No user '" + id + "'"));
    }

    /** Creates the account with a one-time password (shown once) that must be changed at first sign-in. */
    @POST
    public Response create(UserInput in) {
        guard.require(PERMISSION);
        if (in == null) {
            throw PortalException.invalid("A user is required in the body", Map.of());
        }
        return Response.status(201).entity(admin.createUser(in.username(), in.displayName(), in.email())).build();
    }

    @PUT
    @Path("{id}")
    public UserAccount update(@PathParam("id") String id, UserInput in) {
        guard.require(PERMISSION);
        return admin.updateUser(id, in == null ? null : in.displayName(), in == null ? null : in.email());
    }

    @POST
    @Path("{id}/unlock")
    public UserAccount unlock(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return admin.unlock(id);
    }

    @POST
    @Path("{id}/disable")
    public UserAccount disable(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return admin.setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    public UserAccount enable(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return admin.setEnabled(id, true);
    }

    @POST
    @Path("{id}/reset-password")
    public Map<String, String> resetPassword(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return Map.of("temporaryPassword", admin.resetPassword(id));
    }

    /** The person's data as JSON. */
    @GET
    @Path("{id}/export")
    public Map<String, Object> export(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return admin.export(id);
    }

    /** Deletes the person's data, keeping a pseudonym for the audit trail. */
    @DELETE
    @Path("{id}")
    public UserAccount anonymise(@PathParam("id") String id) {
        guard.require(PERMISSION);
        return admin.anonymise(id);
    }
}
