package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.catalog.CatalogDefinition;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.catalog.CatalogFormat;
import vn.portal.kernel.core.catalog.CatalogImporter;
import vn.portal.kernel.core.catalog.CatalogReassignment;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.catalog.ImportProgress;
import vn.portal.kernel.core.catalog.ImportReport;
import vn.portal.kernel.core.identity.Guard;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.Tokens;

/**
 * Shared catalogs for every site, plugin and other system: open reads, as of a day
 * ({@code at}, default today), with ETags so clients can re-check cheaply; exports of every
 * version; imports (and dry runs) for holders of {@code catalog:write}.
 */
@Path("catalogs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogsResource {

    /** A catalog file larger than this is refused (100,000 entries of CSV are about 15 MB). */
    static final int MAX_IMPORT_BYTES = 64 * 1024 * 1024;
    public static final String WRITE = "catalog:write";

    @Inject
    CatalogService catalogs;
    @Inject
    CatalogImporter importer;
    @Inject
    Guard guard;
    @Inject
    CatalogReassignment reassignment;

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

    /**
     * Imports a CSV or JSON file (by {@code format}, else by Content-Type). With
     * {@code dryRun=true} only the report; otherwise all rows or, on any error, none.
     */
    @POST
    @Path("{catalog}/import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response importFile(@PathParam("catalog") String catalog, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) throws IOException {
        PortalUser user = guard.require(WRITE);
        CatalogFormat f = format != null ? CatalogFormat.of(format)
                : contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")
                        ? CatalogFormat.JSON : CatalogFormat.CSV;
        if (f == null) {
            throw PortalException.invalid("'format' must be csv or json", Map.of("format", format));
        }
        byte[] bytes = body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (bytes.length > MAX_IMPORT_BYTES) {
            return Problem.response(413, "Content Too Large", "A catalog file may hold at most "
                    + MAX_IMPORT_BYTES / (1024 * 1024) + " MB; split it and import the parts", null, null, null);
        }
        ImportReport report = importer.importFile(catalog, bytes, f, dryRun, user.username(), ImportProgress.NONE);
        if (report.ok()) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportProblem("about:blank",
                "Unprocessable Content", 422, report.errors().size() + " problem(s) in the file; nothing was imported",
                report)).build();
    }

    /** The problem document of a rejected import: the usual members and the whole report. */
    public record ImportProblem(String type, String title, int status, String detail, ImportReport report) {
    }

    /** Every version of every entry, as CSV (with a BOM, so spreadsheets read Vietnamese right) or JSON. */
    @Public
    @GET
    @Path("{catalog}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("catalog") String catalog, @QueryParam("format") String format) {
        known(catalog);
        CatalogFormat f = format == null ? CatalogFormat.CSV : CatalogFormat.of(format);
        if (f == null) {
            throw PortalException.invalid("'format' must be csv or json", Map.of("format", format));
        }
        List<String> attributes = f == CatalogFormat.CSV ? attributeColumns(catalog) : List.of();
        StreamingOutput out = stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            if (f == CatalogFormat.CSV) {
                w.write('\uFEFF');
            }
            try (CatalogFormat.EntrySink sink = f.sink(attributes, w)) {
                catalogs.each(catalog, e -> {
                    try {
                        sink.write(e);
                    } catch (IOException io) {
                        throw new java.io.UncheckedIOException(io);
                    }
                });
            }
            w.flush();
        };
        return Response.ok(out, MediaType.valueOf(f.mediaType()).withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + catalog + "." + f.name().toLowerCase(
                        java.util.Locale.ROOT) + "\"").build();
    }

    /** What still refers to the code: sites and plugin data (content titles may be unpublished, so not open). */
    @GET
    @Path("{catalog}/entries/{code}/references")
    public List<CatalogReassignment.Found> references(@PathParam("catalog") String catalog,
            @PathParam("code") String code) {
        guard.require(WRITE);
        known(catalog);
        return reassignment.references(catalog, code);
    }

    /** Body of a reassignment: the code everything should point at instead. */
    public record Reassign(String to) {
    }

    /** Moves every reference to {@code code} onto {@code to} (a current entry), in one transaction. */
    @POST
    @Path("{catalog}/entries/{code}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> reassign(@PathParam("catalog") String catalog, @PathParam("code") String code,
            Reassign body) {
        PortalUser user = guard.require(WRITE);
        known(catalog);
        if (body == null || body.to() == null || body.to().isBlank()) {
            throw PortalException.invalid("Say which code to move the references to", Map.of("to", "required"));
        }
        int moved = reassignment.reassign(catalog, code, body.to().trim(), user.username());
        return Map.of("from", code, "to", body.to().trim(), "moved", moved);
    }

    /** The catalog's declared attributes, then any other attribute its entries carry. */
    private List<String> attributeColumns(String catalog) {
        Set<String> names = new LinkedHashSet<>();
        CatalogDefinition d = catalogs.definitions().get(catalog);
        if (d != null) {
            names.addAll(d.attributes());
        }
        Set<String> seen = new TreeSet<>();
        catalogs.each(catalog, e -> seen.addAll(e.attributes().keySet()));
        names.addAll(seen);
        return List.copyOf(names);
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
