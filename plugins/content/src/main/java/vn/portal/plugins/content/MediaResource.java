package vn.portal.plugins.content;

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
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * {@code /api/v1/content/media/…}: the site's library of images and documents, for staff (the public
 * reads a published item's files at {@code public/media/…}, in {@link ContentResource}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediaResource {

    private final PluginContext context;
    private final ContentService service;
    private final Site site;
    private final ContentAccess access;

    MediaResource(PluginContext context, ContentService service, Site site, ContentAccess access) {
        this.context = context;
        this.service = service;
        this.site = site;
        this.access = access;
    }

    /** Body of a change to a file's title or description; PATCH leaves out what stays. */
    public record MediaInput(String title, String alt) {
    }

    /** An item that shows a file. */
    public record UsageView(String id, String title, String type, String locale, String status, boolean published) {
        static UsageView of(MediaLibrary.Usage u) {
            return new UsageView(u.itemId(), u.title(), u.type(), u.locale(), u.status(), u.published());
        }
    }

    /** The 409 problem of a file still in use, naming the items (RFC 9457 with an extension member). */
    public record InUseProblem(String type, String title, int status, String detail, String instance,
            java.util.Map<String, String> errors, List<UsageView> usedBy) {
    }

    /** The site's files, newest first; {@code q} matches name, title and description, diacritics or not. */
    @GET
    public List<MediaView> mediaList(@QueryParam("kind") String kind, @QueryParam("q") String q,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.library();
        int s = size == null ? 24 : Math.min(Math.max(size, 1), 100);
        int p = page == null ? 0 : Math.max(page, 0);
        return service.media().list(site.key(), kind, q, p * s, s).stream().map(MediaView::of).toList();
    }

    /**
     * Stores an image or document in the site's library: {@code multipart/form-data} with the file
     * in {@code file} and optional {@code title} and {@code alt}, or the bytes as the body (name in
     * {@code ?name=}). The type is read from the bytes, not the name or a Content-Type: anything
     * else is refused with 415, a file over the limit with 413.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(java.io.InputStream body, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            @QueryParam("name") String name, @QueryParam("title") String title, @QueryParam("alt") String alt)
            throws java.io.IOException {
        PortalUser user = access.library();
        long max = service.maxUpload(site.key());
        // room for the multipart headers and the other fields around the file
        long limit = max + 64 * 1024;
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new ApiProblem(413, "Tệp quá lớn / the file is larger than " + max / (1024 * 1024) + " MB",
                    Map.of("file", "too large"));
        }
        MediaFile stored;
        if (Multipart.isMultipart(contentType)) {
            Multipart form = Multipart.parse(contentType, bytes);
            Multipart.Part file = form.file("file").orElseThrow(() -> ApiProblem.badRequest("Send the file in the"
                    + " form field 'file'", Map.of("file", "required")));
            stored = service.storeMedia(site, file.body(), file.fileName(), form.field("title"), form.field("alt"),
                    user.username());
        } else {
            stored = service.storeMedia(site, bytes, name, title, alt, user.username());
        }
        return Response.status(201).entity(MediaView.of(stored)).build();
    }

    /** A stored file for staff (the library's thumbnails, previews of drafts); {@code ?w=} a resized image. */
    @GET
    @Path("{mediaId}")
    @Produces(MediaType.WILDCARD)
    public Response media(@PathParam("mediaId") String id, @QueryParam("w") Integer width) throws java.io.IOException {
        access.staff();
        if (!service.media().belongsTo(site.key(), id)) {
            throw ApiProblem.notFound("No file " + id + " on site " + site.key());
        }
        return serve(context, width == null ? id : ContentPlugin.images(context).variant(id, width));
    }

    /** New title and description (both replaced). */
    @PUT
    @Path("{mediaId}")
    public MediaView describe(@PathParam("mediaId") String id, MediaInput input) {
        return describe(id, input, false);
    }

    /** New title or description (what is left out stays). */
    @jakarta.ws.rs.PATCH
    @Path("{mediaId}")
    public MediaView describePart(@PathParam("mediaId") String id, MediaInput input) {
        return describe(id, input, true);
    }

    private MediaView describe(String id, MediaInput input, boolean partial) {
        PortalUser user = access.library();
        MediaFile m = service.media().get(site, id);
        if (!access.mayDescribe(user, m)) {
            throw ApiProblem.forbidden(access.permission("edit"));
        }
        MediaInput in = input == null ? new MediaInput(null, null) : input;
        String title = partial && in.title() == null ? m.title : in.title();
        String alt = partial && in.alt() == null ? m.altText : in.alt();
        return MediaView.of(service.media().describe(site, id, title, alt, user.username()));
    }

    /** Deletes a file no item shows; otherwise 409 naming the items. */
    @DELETE
    @Path("{mediaId}")
    public Response deleteMedia(@PathParam("mediaId") String id) throws java.io.IOException {
        PortalUser user = access.require("edit");
        try {
            service.media().delete(site, id, user.username());
        } catch (MediaInUse e) {
            return Response.status(409).type("application/problem+json").entity(new InUseProblem("about:blank",
                    "Conflict", 409, e.getMessage(), "/api/v1/content/media/" + id, e.fieldErrors(),
                    e.usedBy().stream().map(UsageView::of).toList())).build();
        }
        return Response.noContent().build();
    }

    /** The site's items that show the file. */
    @GET
    @Path("{mediaId}/usage")
    public List<UsageView> usage(@PathParam("mediaId") String id) {
        access.library();
        service.media().get(site, id);
        return service.media().usage(site.key(), id).stream().map(UsageView::of).toList();
    }

    /** A stored file as the answer, with its type, length and a day of caching (its id never changes content). */
    static Response serve(PluginContext context, String id) throws java.io.IOException {
        var ref = context.blobs().find(id).orElseThrow(() -> ApiProblem.notFound("No file " + id));
        jakarta.ws.rs.core.StreamingOutput out = stream -> {
            try (var in = context.blobs().open(id).orElseThrow()) {
                in.transferTo(stream);
            }
        };
        return Response.ok(out, ref.contentType()).header("Content-Length", ref.size())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "public, max-age=86400")
                .header("ETag", "\"" + ref.sha256() + "\"").build();
    }
}
