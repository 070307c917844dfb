package vn.portal.plugins.eform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;

/**
 * {@code /api/v1/eform/files/…}: the forms of the site's procedures to download and fill in by hand
 * (level 2 of online public services). Staff upload and list versions ({@code eform:design:<site>});
 * everyone downloads the current version at an address that never changes.
 */
@Produces(MediaType.APPLICATION_JSON)
public class FormFilesResource {

    private final PluginContext context;
    private final Site site;
    private final EformPlugin.Services services;
    private final EformCalls calls;

    FormFilesResource(PluginContext context, Site site, EformPlugin.Services services, EformCalls calls) {
        this.context = context;
        this.site = site;
        this.services = services;
        this.calls = calls;
    }

    /** A downloadable form with its current version; {@code url} is its stable public address. */
    public record FileView(String procedureCode, String key, String titleVi, String titleEn, int currentVersion,
            String fileName, String type, long size, String uploadedAt, String url) {
    }

    public record FileVersionView(int version, String fileName, String type, long size, String sha256, String uploadedBy,
            String uploadedAt, boolean current, String url) {
    }

    @GET
        public List<FileView> files(@QueryParam("procedure") String procedure) {
        calls.require(EformPermissions.DESIGN);
        return services.files().ofSite(site.key()).stream().filter(f -> EformCalls.blank(procedure) || f.procedureCode.equals(
                procedure.strip())).map(f -> fileView(f, services.files().current(f).orElse(null))).toList();
    }

    /**
     * Uploads a downloadable form ({@code multipart/form-data}: {@code procedure}, {@code key} (optional, made
     * from the title), {@code titleVi}, {@code titleEn}, {@code file}). The same procedure and key again adds a
     * version, which becomes the current one. The file must be PDF, DOCX, XLSX, ODT or ODS by its bytes.
     */
    @POST
        @Consumes(MediaType.WILDCARD)
    public Response uploadFile(@HeaderParam("Content-Type") String contentType, @QueryParam("lang") String lang,
            @Context HttpServletRequest request, InputStream body) {
        PortalUser user = calls.require(EformPermissions.DESIGN);
        String locale = EformCalls.locale(lang, request);
        Multipart post = calls.read(contentType, body, Texts.of(locale));
        Multipart.FilePart file = post.files().stream().filter(f -> f.field().equals("file")).findFirst().orElse(null);
        FormFiles.Stored s = services.files().upload(site, new FormFiles.Upload(post.text("procedure"), post.text("key"),
                post.text("titleVi"), post.text("titleEn"), file == null ? null : file.fileName(),
                file == null ? null : file.bytes()), user.username(), locale);
        return Response.status(201).entity(fileView(s.file(), s.version())).build();
    }

    @GET
    @Path("{procedure}/{fileKey}/versions")
    public List<FileVersionView> fileVersions(@PathParam("procedure") String procedure,
            @PathParam("fileKey") String fileKey) {
        calls.require(EformPermissions.DESIGN);
        FormFile f = staffFile(procedure, fileKey);
        return services.files().versions(f.id).stream().map(v -> new FileVersionView(v.version, v.fileName,
                v.contentType, v.sizeBytes, v.sha256, v.uploadedBy, DossierEvents.time(v.uploadedAt),
                v.version == f.currentVersion, "/api/v1/eform/files/" + Links.q(f.procedureCode) + "/"
                        + Links.q(f.fileKey) + "/versions/" + v.version + "?site=" + Links.q(site.key()))).toList();
    }

    /** Any version, for staff (citizens get the current one only). */
    @GET
    @Path("{procedure}/{fileKey}/versions/{version}")
    @Produces(MediaType.WILDCARD)
    public Response fileVersion(@PathParam("procedure") String procedure, @PathParam("fileKey") String fileKey,
            @PathParam("version") String version) throws IOException {
        calls.require(EformPermissions.DESIGN);
        FormFile f = staffFile(procedure, fileKey);
        FormFileVersion v = services.files().version(f.id, EformCalls.number(version))
                .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of " + fileKey));
        return download(f, v, null, "private, no-store");
    }

    /** The current version at an address that never changes: what the procedure's pages link to. */
    @Public
    @GET
    @Path("{procedure}/{fileKey}")
    @Produces(MediaType.WILDCARD)
    public Response currentFile(@PathParam("procedure") String procedure, @PathParam("fileKey") String fileKey,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        FormFile f = services.files().find(site.key(), procedure, fileKey)
                .orElseThrow(() -> ApiProblem.notFound("No downloadable form " + procedure + "/" + fileKey));
        FormFileVersion v = services.files().current(f).orElseThrow(() -> ApiProblem.notFound("The file is missing"));
        // the address stays, the bytes change with a new version: caches must ask again (the ETag makes it cheap)
        return download(f, v, ifNoneMatch, "public, no-cache");
    }

    private FormFile staffFile(String procedure, String fileKey) {
        return services.files().find(site.key(), procedure, fileKey)
                .orElseThrow(() -> ApiProblem.notFound("No downloadable form " + procedure + "/" + fileKey + " on "
                        + site.key()));
    }

    private FileView fileView(FormFile f, FormFileVersion v) {
        String base = context.sites().url(site.key()).replaceAll("^(https?://[^/]+).*$", "$1");
        return new FileView(f.procedureCode, f.fileKey, f.titleVi, f.titleEn, f.currentVersion,
                v == null ? null : v.fileName, v == null ? null : v.contentType, v == null ? 0 : v.sizeBytes,
                v == null ? null : DossierEvents.time(v.uploadedAt), base + FormFiles.url(site.key(), f.procedureCode,
                        f.fileKey));
    }

    private Response download(FormFile f, FormFileVersion v, String ifNoneMatch, String cacheControl) throws IOException {
        String etag = "\"" + v.sha256 + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", cacheControl).build();
        }
        InputStream in = context.blobs().open(v.blobId).orElseThrow(() -> ApiProblem.notFound("The file is missing"));
        return Response.ok(in, v.contentType).header("Content-Disposition", "attachment; filename=\""
                + FormFiles.downloadName(f, v) + "\"").header("X-Content-Type-Options", "nosniff")
                .header("ETag", etag).header("Cache-Control", cacheControl)
                .header("Content-Length", v.sizeBytes).build();
    }
}
