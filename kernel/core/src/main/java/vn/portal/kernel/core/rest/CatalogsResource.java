package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.Tokens;

/**
 * Shared catalogs for every site, plugin and other system: open reads, as of a day
 * ({@code at}, default today), with ETags so clients can re-check cheaply.
 */
@Path("catalogs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogsResource {

    @Inject
    CatalogService catalogs;

    @Context
    Request request;

    @Public
    @GET
    public Response names() {
        return withETag(catalogs.names());
    }

    @Public
    @GET
    @Path("{catalog}/entries")
    public Response entries(@PathParam("catalog") String catalog, @QueryParam("q") String q,
            @QueryParam("parent") String parent, @QueryParam("at") String at, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        known(catalog);
        int s = size == null ? 50 : Math.min(Math.max(size, 1), 500);
        int p = page == null ? 0 : Math.max(page, 0);
        return withETag(catalogs.search(catalog, q, parent, day(at), p * s, s));
    }

    @Public
    @GET
    @Path("{catalog}/entries/{code}")
    public Response entry(@PathParam("catalog") String catalog, @PathParam("code") String code,
            @QueryParam("at") String at) {
        known(catalog);
        LocalDate day = day(at);
        return withETag(catalogs.find(catalog, code, day).orElseThrow(() -> PortalException.notFound(
                "No entry '" + code + "' in catalog '" + catalog + "' valid on " + day)));
    }

    private void known(String catalog) {
        if (!catalogs.names().contains(catalog)) {
            throw PortalException.notFound("No catalog '" + catalog + "'");
        }
    }

    private static LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid("'at' must be a date like 2025-07-01", Map.of("at", at));
        }
    }

    /** 304 when the client's If-None-Match still matches what it would get. */
    private Response withETag(Object body) {
        String json;
        try (var jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        EntityTag tag = new EntityTag(Tokens.sha256(json).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).build();
    }
}
