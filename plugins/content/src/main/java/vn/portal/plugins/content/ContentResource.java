package vn.portal.plugins.content;

import jakarta.ws.rs.Consumes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;

/**
 * {@code /api/v1/content/…} for one site: items (staff, by {@code content:create|edit|approve|publish:<site>}),
 * their transitions, revisions and translations; {@code public/…} reads what is published.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContentResource {

    private final PluginContext context;
    private final ContentService service;
    private final Site site;
    private final ContentAccess access;

    ContentResource(PluginContext context, ContentService service, Site site) {
        this.context = context;
        this.service = service;
        this.site = site;
        this.access = new ContentAccess(context, service, site);
    }

    // ---- content types (open) ----------------------------------------------------------------

    @Public
    @GET
    @Path("types")
    public List<ContentType> types() {
        return service.definitions().types();
    }

    // ---- categories --------------------------------------------------------------------------

    /** A category as everyone sees it. */
    public record CategoryView(String slug, String nameVi, String nameEn, int position, String url) {
    }

    /** Body of a category. */
    public record CategoryInput(String slug, String nameVi, String nameEn, Integer position) {
    }

    @Public
    @GET
    @Path("categories")
    public List<CategoryView> categories() {
        return service.categoriesOf(site.key()).stream().map(this::view).toList();
    }

    /** Creates or renames a category of the site (by slug). */
    @PUT
    @Path("categories/{slug}")
    public CategoryView saveCategory(@PathParam("slug") String slug, CategoryInput input) {
        require("edit");
        if (input == null) {
            throw ApiProblem.badRequest("Name the category", Map.of("nameVi", "required"));
        }
        return view(service.saveCategory(site.key(), slug, input.nameVi(), input.nameEn(), input.position()));
    }

    private CategoryView view(Category c) {
        return new CategoryView(c.slug, c.nameVi, c.nameEn, c.position, service.siteUrl(c.siteKey, "vi")
                + CategoryPages.PATH + "/" + c.slug);
    }

    // ---- items (staff) -----------------------------------------------------------------------

    @GET
    @Path("items")
    public List<ItemView> list(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("locale") String locale, @QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PortalUser user = staff();
        int s = size == null ? 20 : Math.min(Math.max(size, 1), 100);
        int p = page == null ? 0 : Math.max(page, 0);
        return service.list(site, type, status, locale, q, p * s, s).stream().map(i -> view(i, user)).toList();
    }

    @POST
    @Path("items")
    public Response create(ItemInput input) {
        PortalUser user = require("create");
        ContentItem item = service.create(site, input, user.username());
        return Response.status(201).entity(view(item, user)).build();
    }

    @GET
    @Path("items/{id}")
    public ItemView get(@PathParam("id") String id) {
        PortalUser user = staff();
        return view(service.get(site, id), user);
    }

    /** Saves a new revision; {@code version} must be the one the edit started from (409 otherwise). */
    @PUT
    @Path("items/{id}")
    public ItemView update(@PathParam("id") String id, ItemInput input) {
        PortalUser user = staff();
        ContentItem item = service.get(site, id);
        if (!access.mayEdit(user, item)) {
            throw ApiProblem.forbidden(permission("edit"));
        }
        return view(service.update(site, id, input, user.username()), user);
    }

    /** Body of a transition: the workflow action and a comment (required for reject and unpublish). */
    public record TransitionInput(String action, String comment) {
    }

    @POST
    @Path("items/{id}/transitions")
    public ItemView transition(@PathParam("id") String id, TransitionInput input) {
        PortalUser user = staff();
        ContentItem item = service.get(site, id);
        Workflow workflow = service.workflow(site.key());
        Workflow.Action action = workflow.action(input == null ? null : input.action()).orElseThrow(() ->
                ApiProblem.badRequest("Unknown action", Map.of("action", "one of " + workflow.actions().stream()
                        .map(Workflow.Action::name).toList())));
        if (!access.mayDo(user, item, action)) {
            throw ApiProblem.forbidden(permission(action.permission()));
        }
        return view(service.transition(site, id, action, input.comment(), user.username()), user);
    }

    @GET
    @Path("items/{id}/transitions")
    public List<Map<String, Object>> transitions(@PathParam("id") String id) {
        staff();
        return service.transitions(site, id).stream().map(t -> Map.<String, Object>of("action", t.action,
                "from", t.fromStatus, "to", t.toStatus, "actor", t.actor, "comment", t.note == null ? "" : t.note,
                "at", t.at.toInstant().toString())).toList();
    }

    @GET
    @Path("items/{id}/revisions")
    public List<RevisionView> revisions(@PathParam("id") String id) {
        staff();
        return service.revisions(site, id).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("items/{id}/revisions/{n}")
    public RevisionView revision(@PathParam("id") String id, @PathParam("n") int n) {
        staff();
        return RevisionView.of(service.revision(site, id, n));
    }

    /** Field by field, what differs between two revisions (for the side-by-side view). */
    @GET
    @Path("items/{id}/compare")
    public List<Map<String, Object>> compare(@PathParam("id") String id, @QueryParam("from") int from,
            @QueryParam("to") int to) {
        staff();
        RevisionView a = RevisionView.of(service.revision(site, id, from));
        RevisionView b = RevisionView.of(service.revision(site, id, to));
        List<Map<String, Object>> out = new ArrayList<>();
        diff(out, "title", a.title(), b.title());
        diff(out, "slug", a.slug(), b.slug());
        diff(out, "summary", a.summary(), b.summary());
        TreeSet<String> names = new TreeSet<>(a.fields().keySet());
        names.addAll(b.fields().keySet());
        names.forEach(n -> diff(out, "fields." + n, a.fields().get(n), b.fields().get(n)));
        return out;
    }

    @POST
    @Path("items/{id}/revisions/{n}/restore")
    public ItemView restore(@PathParam("id") String id, @PathParam("n") int n) {
        PortalUser user = require("edit");
        return view(service.restore(site, id, n, user.username()), user);
    }

    /** Body of a translation request: the language of the new version. */
    public record TranslationInput(String locale) {
    }

    @POST
    @Path("items/{id}/translations")
    public Response translate(@PathParam("id") String id, TranslationInput input) {
        PortalUser user = require("create");
        if (input == null || input.locale() == null || !site.locales().contains(input.locale())) {
            throw ApiProblem.badRequest("Which language?", Map.of("locale", "one of " + site.locales()));
        }
        return Response.status(201).entity(view(service.translate(site, id, input.locale(), user.username()), user))
                .build();
    }

    @GET
    @Path("items/{id}/translations")
    public List<ItemView> translations(@PathParam("id") String id) {
        PortalUser user = staff();
        return service.translations(site, id).stream().map(i -> view(i, user)).toList();
    }

    // ---- published items (open) --------------------------------------------------------------

    @Public
    @GET
    @Path("public/items")
    public List<PublishedView> published(@QueryParam("type") String type, @QueryParam("locale") String locale,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int s = size == null ? 20 : Math.min(Math.max(size, 1), 100);
        int p = page == null ? 0 : Math.max(page, 0);
        List<String> types = type == null || type.isBlank()
                ? service.definitions().types().stream().map(ContentType::name).toList() : ContentService.split(type);
        String l = locale == null ? site.defaultLocale() : locale;
        return service.reads().latest(site.key(), l, types, p * s, s).stream()
                .map(i -> PublishedView.of(i, service.url(i.siteKey, i.locale, i.type, i.slug))).toList();
    }

    @Public
    @GET
    @Path("public/items/{slug}")
    public PublishedView publishedItem(@PathParam("slug") String slug, @QueryParam("locale") String locale) {
        String l = locale == null ? site.defaultLocale() : locale;
        PublishedItem p = service.reads().published(site.key(), l, slug)
                .orElseThrow(() -> ApiProblem.notFound("Nothing published at '" + slug + "' on " + site.key()));
        return PublishedView.of(p, service.url(p.siteKey, p.locale, p.type, p.slug));
    }

    // ---- syndication ---------------------------------------------------------------------------

    /** Body of a syndication request: propose (to the parent) or push (to sites below, all when none named). */
    public record SyndicationInput(String action, List<String> targets, Boolean mandatory, String comment) {
    }

    /** An item shown on another site, as the source and the target see it. */
    public record SyndicationView(String id, String itemId, String title, String source, String target, String kind,
            String status, boolean mandatory, String requestedBy, java.time.Instant requestedAt, String decidedBy,
            String note) {

        static SyndicationView of(Syndication s, String title) {
            return new SyndicationView(s.id, s.itemId, title, s.sourceSite, s.targetSite, s.kind, s.status, s.mandatory,
                    s.requestedBy, ItemView.instant(s.requestedAt), s.decidedBy, s.note);
        }
    }

    @POST
    @Path("items/{id}/syndications")
    public Response syndicate(@PathParam("id") String id, SyndicationInput input) {
        PortalUser user = require("publish");
        ContentItem item = service.get(site, id);
        if (!"published".equals(item.status)) {
            throw new ApiProblem(409, "Publish the item on " + site.key() + " first", Map.of());
        }
        String action = input == null ? null : input.action();
        List<Syndication> made;
        if ("propose".equals(action)) {
            made = List.of(service.syndication().propose(item, user.username(), input.comment()));
        } else if ("push".equals(action)) {
            made = service.syndication().push(item, input.targets(), !Boolean.FALSE.equals(input.mandatory()),
                    user.username(), input.comment());
        } else {
            throw ApiProblem.badRequest("Unknown action", Map.of("action", "propose or push"));
        }
        return Response.status(201).entity(made.stream().map(s -> SyndicationView.of(s, item.title)).toList()).build();
    }

    /** Where the item is proposed, shown or refused. */
    @GET
    @Path("items/{id}/syndications")
    public List<SyndicationView> syndications(@PathParam("id") String id) {
        staff();
        ContentItem item = service.get(site, id);
        return service.syndication().ofItem(id).stream().map(s -> SyndicationView.of(s, item.title)).toList();
    }

    /** What other sites propose or push to this one. */
    @GET
    @Path("syndications")
    public List<SyndicationView> incoming(@QueryParam("status") String status) {
        staff();
        return service.syndication().toSite(site.key(), status == null || status.isBlank() ? null : status).stream()
                .map(s -> SyndicationView.of(s, service.reads().publishedById(s.sourceSite, s.itemId).map(p -> p.title)
                        .orElse(null))).toList();
    }

    /** Body of a decision on a proposal. */
    public record DecisionInput(Boolean accept, String comment) {
    }

    @POST
    @Path("syndications/{sid}/decision")
    public SyndicationView decide(@PathParam("sid") String sid, DecisionInput input) {
        PortalUser user = require("publish");
        if (input == null || input.accept() == null) {
            throw ApiProblem.badRequest("Accept or reject?", Map.of("accept", "true or false"));
        }
        Syndication s = service.syndication().decide(site, sid, input.accept(), user.username(), input.comment());
        return SyndicationView.of(s, service.reads().publishedById(s.sourceSite, s.itemId).map(p -> p.title).orElse(null));
    }

    /** The source takes an item back from a site. */
    @DELETE
    @Path("syndications/{sid}")
    public SyndicationView withdraw(@PathParam("sid") String sid) {
        PortalUser user = require("publish");
        Syndication s = service.syndication().withdraw(site, sid, user.username());
        return SyndicationView.of(s, null);
    }

    // ---- questions and comments from the public ----------------------------------------------

    /** A question from the form on the Q&A page; the visitor is sent back with a thank-you. */
    @Public
    @POST
    @Path("public/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@FormParam("name") String name, @FormParam("email") String email,
            @FormParam("question") String question, @FormParam("sector") String sector,
            @FormParam("website") String trap, @Context HttpServletRequest request) {
        String page = service.siteUrl(site.key(), site.defaultLocale()) + service.definitions().type("question").path();
        try {
            ContentPlugin.participation(context).ask(site, name, email, question, sector, trap, request.getRemoteAddr());
        } catch (ApiProblem e) {
            return Response.seeOther(URI.create(page + "?" + Forms.problemQuery(e))).build();
        }
        return Response.seeOther(URI.create(page + "?da-gui=1")).build();
    }

    /** A comment from the form under a draft open for comment; held until staff approve it. */
    @Public
    @POST
    @Path("public/items/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") String id, @FormParam("name") String name,
            @FormParam("email") String email, @FormParam("body") String body, @FormParam("website") String trap,
            @Context HttpServletRequest request) {
        PublishedItem p = service.reads().publishedById(site.key(), id)
                .orElseThrow(() -> ApiProblem.notFound("No draft open for comment with id " + id));
        String page = service.url(p.siteKey, p.locale, p.type, p.slug);
        try {
            ContentPlugin.participation(context).comment(site, id, name, email, body, trap, request.getRemoteAddr());
        } catch (ApiProblem e) {
            return Response.seeOther(URI.create(page + "?" + Forms.problemQuery(e))).build();
        }
        return Response.seeOther(URI.create(page + "?da-gui=1")).build();
    }

    /** A comment as staff see it. */
    public record CommentView(String id, String author, String email, String body, String status, String createdAt) {
        static CommentView of(Comment c) {
            return new CommentView(c.id, c.author, c.email, c.body, c.status, c.createdAt.toInstant().toString());
        }
    }

    @GET
    @Path("items/{id}/comments")
    public List<CommentView> comments(@PathParam("id") String id, @QueryParam("status") String status) {
        staff();
        service.get(site, id);
        return ContentPlugin.participation(context).comments(id, status == null || status.isBlank() ? null : status)
                .stream().map(CommentView::of).toList();
    }

    /** Body of a moderation decision. */
    public record ModerationInput(Boolean approve) {
    }

    @POST
    @Path("comments/{cid}/decision")
    public CommentView moderate(@PathParam("cid") String cid, ModerationInput input) {
        PortalUser user = require("approve");
        if (input == null || input.approve() == null) {
            throw ApiProblem.badRequest("Approve or reject?", Map.of("approve", "true or false"));
        }
        return CommentView.of(ContentPlugin.participation(context).moderate(site, cid, input.approve(), user.username()));
    }

    // ---- satisfaction rating -------------------------------------------------------------------

    /**
     * An anonymous vote (1 not satisfied, 2 satisfied, 3 very satisfied) from the form under a
     * published item; answers with a redirect back to the page, thanking the visitor.
     */
    @Public
    @POST
    @Path("public/items/{id}/rating")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    public Response rate(@PathParam("id") String id, @jakarta.ws.rs.FormParam("level") int level,
            @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        PublishedItem p = service.reads().publishedById(site.key(), id)
                .orElseThrow(() -> ApiProblem.notFound("Nothing published with id " + id + " on " + site.key()));
        if (level < 1 || level > 3) {
            throw ApiProblem.badRequest("Choose 1, 2 or 3", Map.of("level", "1 not satisfied, 2 satisfied, 3 very satisfied"));
        }
        ContentPlugin.ratings(context).vote(id, level, request.getRemoteAddr());
        return Response.seeOther(java.net.URI.create(service.url(p.siteKey, p.locale, p.type, p.slug) + "?danh-gia=cam-on"))
                .build();
    }

    @GET
    @Path("items/{id}/ratings")
    public Map<String, Integer> ratings(@PathParam("id") String id) {
        staff();
        service.get(site, id);
        return ContentPlugin.ratings(context).counts(id);
    }

    // ---- media library ---------------------------------------------------------------------

    /** The site's media library: {@code media/…}. */
    @Path("media")
    public MediaResource media() {
        return new MediaResource(context, service, site, access);
    }

    /** A file of a published item of this site; anything else is not found. */
    @Public
    @GET
    @Path("public/media/{mediaId}")
    @Produces(MediaType.WILDCARD)
    public Response publicMedia(@PathParam("mediaId") String id, @QueryParam("w") Integer width)
            throws java.io.IOException {
        if (!service.reads().isPublishedMedia(site.key(), id)) {
            throw ApiProblem.notFound("No published file " + id);
        }
        // ?w=320|640|1280: a resized copy of an image, for srcset
        return MediaResource.serve(context, width == null ? id : ContentPlugin.images(context).variant(id, width));
    }

    // ---- access ------------------------------------------------------------------------------

    private ItemView view(ContentItem i, PortalUser user) {
        List<String> actions = access.actions(user, i).stream().map(Workflow.Action::name).toList();
        String url = "published".equals(i.status) ? service.url(i.siteKey, i.locale, i.type, i.slug) : null;
        return ItemView.of(i, url, actions);
    }

    private PortalUser staff() {
        return access.staff();
    }

    private PortalUser require(String action) {
        return access.require(action);
    }

    private String permission(String action) {
        return access.permission(action);
    }

    private static void diff(List<Map<String, Object>> out, String field, Object a, Object b) {
        String x = a == null ? "" : a.toString();
        String y = b == null ? "" : b.toString();
        if (!x.equals(y)) {
            out.add(Map.of("field", field, "before", x, "after", y));
        }
    }
}
