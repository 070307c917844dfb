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

/** Groups of users; administering them needs {@code kernel:user-manage}. */
@Path("groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    /** Body of a new group. */
    public record GroupInput(String name, String description) {
    }

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    Guard guard;

    @GET
    public List<AccessStore.Group> groups() {
        guard.require(UsersResource.PERMISSION);
        return access.groups();
    }

    @POST
    public Response createGroup(GroupInput in) {
        guard.require(UsersResource.PERMISSION);
        AccessStore.Group g = admin.createGroup(in == null ? null : in.name(), in == null ? null : in.description());
        return Response.status(201).entity(g).build();
    }

    @GET
    @Path("{id}/members")
    public List<String> members(@PathParam("id") String id) {
        guard.require(UsersResource.PERMISSION);
        access.group(id).orElseThrow(() -> PortalException.notFound("No group '" + id + "'"));
        return access.members(id);
    }

    @PUT
    @Path("{id}/members/{userId}")
    public Response addMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        guard.require(UsersResource.PERMISSION);
        admin.setMember(id, userId, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        guard.require(UsersResource.PERMISSION);
        admin.setMember(id, userId, false);
        return Response.noContent().build();
    }

}
