package vn.portal.plugins.eform;

import jakarta.json.Json;
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
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Step;

/**
 * {@code /api/v1/eform/…} for one site. Public: the published forms, submitting, the
 * applicant's look-up by receipt code and token, adding requested documents, and the
 * browser's multi-step posts. Staff: forms ({@code eform:design:<site>}) and the dossiers of
 * the site ({@code eform:process:<site>}).
 */
@Produces(MediaType.APPLICATION_JSON)
public class EformResource {

    private final PluginContext context;
    private final Site site;
    private final EformPlugin.Services services;
    private final EformCalls calls;

    EformResource(PluginContext context, Site site) {
        this.context = context;
        this.site = site;
        this.services = EformPlugin.services(context);
        this.calls = new EformCalls(context, site, services);
    }

    // ---- forms -------------------------------------------------------------------------------

    public record FormSummary(String key, String procedureCode, String titleVi, String titleEn, int version, String url) {
    }

    @Public
    @GET
    @Path("forms")
    public List<FormSummary> forms() {
        Links links = new Links(context.sites());
        return services.forms().published(site.key()).stream().map(f -> new FormSummary(f.key(), f.procedureCode(),
                f.definition().title().vi(), f.definition().title().en(), f.version(),
                links.form(site.key(), "vi", f.key()))).toList();
    }

    /** The current definition, with a token to submit it (valid two days). */
    @Public
    @GET
    @Path("forms/{formKey}")
    public Response form(@PathParam("formKey") String formKey) {
        LoadedForm f = services.forms().current(site.key(), formKey)
                .orElseThrow(() -> ApiProblem.notFound("No published form " + formKey + " on " + site.key()));
        return definitionResponse(f, services.secrets().formToken(site.key(), formKey, Instant.now().getEpochSecond()));
    }

    public record VersionView(int version, String status, String createdBy, String createdAt, String publishedAt,
            boolean current) {
    }

    @GET
    @Path("forms/{formKey}/versions")
    public List<VersionView> versions(@PathParam("formKey") String formKey) {
        calls.require(EformPermissions.DESIGN);
        Form f = services.forms().byKey(site.key(), formKey)
                .orElseThrow(() -> ApiProblem.notFound("No form " + formKey + " on " + site.key()));
        return services.forms().versions(f.id).stream().map(v -> new VersionView(v.version, v.status, v.createdBy,
                DossierEvents.time(v.createdAt), DossierEvents.time(v.publishedAt),
                f.currentVersion != null && f.currentVersion == v.version)).toList();
    }

    @GET
    @Path("forms/{formKey}/versions/{version}")
    public Response version(@PathParam("formKey") String formKey, @PathParam("version") String version) {
        calls.require(EformPermissions.DESIGN);
        Form f = services.forms().byKey(site.key(), formKey)
                .orElseThrow(() -> ApiProblem.notFound("No form " + formKey + " on " + site.key()));
        LoadedForm v = services.forms().version(f.id, EformCalls.number(version)).orElseThrow();
        return definitionResponse(v, null);
    }

    /** A new version (draft) from a definition in the JSON schema of docs/eform-schema.md. */
    @POST
    @Path("forms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createVersion(String definition) {
        PortalUser user = calls.require(EformPermissions.DESIGN);
        FormVersion v = services.forms().createVersion(site, definition == null ? "" : definition, user.username());
        return Response.status(201).entity(Map.of("formId", v.formId, "version", v.version, "status", v.status)).build();
    }

    @POST
    @Path("forms/{formKey}/versions/{version}/publish")
    public Map<String, Object> publish(@PathParam("formKey") String formKey, @PathParam("version") String version) {
        calls.require(EformPermissions.DESIGN);
        Form f = services.forms().publish(site, formKey, EformCalls.number(version));
        return Map.of("key", f.formKey, "currentVersion", f.currentVersion);
    }

    private Response definitionResponse(LoadedForm f, String token) {
        String json = services.forms().versions(f.id()).stream().filter(v -> v.version == f.version()).findFirst()
                .orElseThrow().definition;
        var b = Json.createObjectBuilder().add("key", f.key()).add("procedureCode", f.procedureCode())
                .add("version", f.version()).add("maxUploadMb", f.definition().maxUploadMb())
                .add("definition", Json.createReader(new StringReader(json)).readObject());
        if (token != null) {
            b.add("submitToken", token);
        }
        return Response.ok(b.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    // ---- downloadable forms (level 2) -----------------------------------------------------------

    /** The downloadable forms of the site's procedures: {@code files/…}. */
    @Path("files")
    public FormFilesResource files() {
        return new FormFilesResource(context, site, services, calls);
    }

    /** What the portal offers for a procedure on every site: its online forms and downloadable forms. */
    public record ProcedureLinks(String procedureCode, List<ProcedureLinksWidget.Link> onlineForms,
            List<ProcedureLinksWidget.Link> downloads) {
    }

    @Public
    @GET
    @Path("procedures/{procedureCode}")
    public ProcedureLinks procedureLinks(@PathParam("procedureCode") String procedureCode, @QueryParam("lang") String lang,
            @Context HttpServletRequest request) {
        String locale = EformCalls.locale(lang, request);
        ProcedureLinksWidget.Found found = ProcedureLinksWidget.links(context, procedureCode, locale);
        return new ProcedureLinks(procedureCode, found.forms(), found.files());
    }

    // ---- dossiers: the public side -----------------------------------------------------------------

    /**
     * One-shot submission by an API client or a single-page browser form: {@code multipart/form-data}
     * (or url-encoded) with {@code _form}, {@code _csrf} (the form's submit token) and the answers;
     * files as parts named by their field. {@code Idempotency-Key} makes a repeat return the same dossier.
     */
    @Public
    @POST
    @Path("dossiers")
    @Consumes(MediaType.WILDCARD)
    public Response submit(@HeaderParam("Content-Type") String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @QueryParam("lang") String lang,
            @Context HttpServletRequest request, InputStream body) {
        String locale = EformCalls.locale(lang, request);
        Texts t = Texts.of(locale);
        EformCalls.sameOrigin(request, t);
        Multipart post = calls.read(contentType, body, t);
        String formKey = post.text("_form");
        LoadedForm form = services.forms().current(site.key(), formKey == null ? "" : formKey)
                .orElseThrow(() -> ApiProblem.notFound("No published form " + formKey + " on " + site.key()));
        if (!services.secrets().validFormToken(post.text("_csrf"), site.key(), form.key(), Instant.now().getEpochSecond(),
                WebFlow.FORM_TOKEN_SECONDS)) {
            throw new ApiProblem(403, t.get("error.formToken"), Map.of());
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw ApiProblem.badRequest(t.get("error.idempotency"), Map.of("Idempotency-Key", t.get("error.idempotency")));
        }
        Answers answers = new Answers();
        List<Step> steps = form.definition().steps();
        FormInput.read(steps, post.texts(), answers);
        var user = context.identity().currentUser();
        try {
            Dossiers.Submitted s = services.dossiers().submit(new Dossiers.Submission(site, form, answers, post.files(),
                    null, "api:" + idempotencyKey.strip(), "api:" + idempotencyKey.strip(),
                    user.map(PortalUser::id).orElse(null), user.map(PortalUser::displayName).orElse(null), locale));
            return Response.status(s.duplicate() ? 200 : 201).entity(DossierViews.receipt(s, context.sites())).build();
        } catch (InvalidAnswers e) {
            throw e.toApiProblem(locale);
        }
    }

    /** The applicant's view (token, or the signed-in owner): an unknown code and a wrong token both answer the same 404. */
    @Public
    @GET
    @Path("dossiers/{receiptCode}")
    public DossierViews.Tracking track(@PathParam("receiptCode") String receiptCode, @QueryParam("token") String token,
            @QueryParam("lang") String lang, @Context HttpServletRequest request) {
        String locale = EformCalls.locale(lang, request);
        Dossier d = services.dossiers().forApplicant(site.key(), receiptCode, token, context.identity().currentUser()
                .map(PortalUser::id).orElse(null)).orElseThrow(() -> ApiProblem.notFound(Texts.of(locale).get("error.notFound")));
        return DossierViews.tracking(d, services.dossiers().history(d.id), context.catalogs(), locale);
    }

    /**
     * Documents the agency asked for (status NEEDS_INFO), with the lookup token or by the signed-in owner; a
     * browser post goes back to the tracking page.
     */
    @Public
    @POST
    @Path("dossiers/{receiptCode}/documents")
    @Consumes(MediaType.WILDCARD)
    public Response supplement(@PathParam("receiptCode") String receiptCode, @QueryParam("token") String token,
            @HeaderParam("Content-Type") String contentType, @QueryParam("lang") String lang,
            @Context HttpServletRequest request, InputStream body) {
        String locale = EformCalls.locale(lang, request);
        Texts t = Texts.of(locale);
        EformCalls.sameOrigin(request, t);
        Multipart post = calls.read(contentType, body, t);
        String given = token != null ? token : post.text("token");
        boolean browser = "page".equals(post.text("_return"));
        String page = new Links(context.sites()).page(site.key(), locale, Links.TRACK) + "?ma=" + Links.q(receiptCode)
                + (given == null || given.isBlank() ? "" : "&token=" + Links.q(given));
        String owner = context.identity().currentUser().map(PortalUser::id).orElse(null);
        try {
            Dossier d = services.dossiers().supplement(site, receiptCode, given, owner, post.files(), locale);
            if (browser) {
                return Response.seeOther(URI.create(page + "&bo-sung=1")).build();
            }
            return Response.ok(DossierViews.tracking(d, services.dossiers().history(d.id), context.catalogs(), locale))
                    .build();
        } catch (InvalidAnswers e) {
            if (browser) {
                return Response.seeOther(URI.create(page + "&loi=" + Links.q(e.problems().get(0).code()))).build();
            }
            throw e.toApiProblem(locale);
        } catch (ApiProblem e) {
            if (browser && e.status() != 404) {
                return Response.seeOther(URI.create(page + "&loi=" + (e.status() == 409 ? "notOpen" : "noFiles"))).build();
            }
            throw e;
        }
    }

    /** The browser's multi-step form (see {@link WebFlow}): always answers with a redirect. */
    @Public
    @POST
    @Path("drafts")
    @Consumes(MediaType.WILDCARD)
    public Response draft(@HeaderParam("Content-Type") String contentType, @QueryParam("lang") String lang,
            @Context HttpServletRequest request, InputStream body) {
        String locale = EformCalls.locale(lang, request);
        Texts t = Texts.of(locale);
        EformCalls.sameOrigin(request, t);
        Multipart post = calls.read(contentType, body, t);
        return Response.seeOther(URI.create(new WebFlow(context).post(site, post, locale))).build();
    }

    // ---- dossiers: staff -----------------------------------------------------------------------

    @GET
    @Path("dossiers")
    public List<DossierViews.Row> inbox(@QueryParam("status") String status, @QueryParam("procedure") String procedure,
            @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        calls.require(EformPermissions.PROCESS);
        Status st = status == null || status.isBlank() ? null : Status.parse(status);
        if (status != null && !status.isBlank() && st == null) {
            throw ApiProblem.badRequest("Unknown status " + status, Map.of("status", "unknown"));
        }
        return services.dossiers().list(site.key(), new Dossiers.Filter(st == null ? null : st.name(),
                EformCalls.blank(procedure) ? null : procedure.strip(), overdue, EformCalls.blank(q) ? null : q.strip(),
                offset == null ? 0 : Math.max(0, offset), limit == null ? 50 : Math.max(1, Math.min(200, limit))))
                .stream().map(DossierViews::row).toList();
    }

    @GET
    @Path("dossiers/{receiptCode}/detail")
    public DossierViews.Full detail(@PathParam("receiptCode") String receiptCode) {
        calls.require(EformPermissions.PROCESS);
        Dossier d = staffDossier(receiptCode);
        return DossierViews.full(d, services.dossiers().attachments(d.id), services.dossiers().history(d.id));
    }

    @GET
    @Path("dossiers/{receiptCode}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("receiptCode") String receiptCode,
            @PathParam("attachmentId") String attachmentId) throws IOException {
        calls.require(EformPermissions.PROCESS);
        Dossier d = staffDossier(receiptCode);
        Attachment a = services.dossiers().attachments(d.id).stream().filter(x -> x.id.equals(attachmentId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No attachment " + attachmentId));
        InputStream in = context.blobs().open(a.blobId).orElseThrow(() -> ApiProblem.notFound("The file is missing"));
        return Response.ok(in, a.contentType).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + Links.q(a.fileName).replace("+", "%20")).header("X-Content-Type-Options", "nosniff").build();
    }

    public record TransitionInput(String status, String comment, String handler) {
    }

    @POST
    @Path("dossiers/{receiptCode}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public DossierViews.Full transition(@PathParam("receiptCode") String receiptCode, TransitionInput input) {
        PortalUser user = calls.require(EformPermissions.PROCESS);
        if (input == null) {
            throw ApiProblem.badRequest("Give the new status", Map.of("status", "required"));
        }
        Dossier d = services.dossiers().move(site, receiptCode, Status.parse(input.status()), input.comment(),
                input.handler() == null ? user.displayName() : input.handler(), user.username());
        return DossierViews.full(d, services.dossiers().attachments(d.id), services.dossiers().history(d.id));
    }

    // ---- satisfaction rating and statistics ------------------------------------------------------

    /**
     * The applicant rates the service once the result was returned (code and lookup token; once per
     * dossier): JSON {@code {"rating": "SATISFIED", "token": "…"}}, or the tracking page's form
     * ({@code _return=page}), which is sent back to the tracking page.
     */
    @Public
    @POST
    @Path("dossiers/{receiptCode}/rating")
    @Consumes(MediaType.WILDCARD)
    public Response rate(@PathParam("receiptCode") String receiptCode, @QueryParam("token") String token,
            @HeaderParam("Content-Type") String contentType, @QueryParam("lang") String lang,
            @Context HttpServletRequest request, InputStream body) {
        String locale = EformCalls.locale(lang, request);
        Texts t = Texts.of(locale);
        EformCalls.sameOrigin(request, t);
        String given = token;
        String level;
        boolean browser = false;
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            jakarta.json.JsonObject o;
            try (var reader = Json.createReader(body)) {
                o = reader.readObject();
            } catch (RuntimeException e) {
                throw ApiProblem.badRequest("The body is not a JSON object", Map.of());
            }
            level = o.getString("rating", null);
            given = given != null ? given : o.getString("token", null);
        } else {
            Multipart post = calls.read(contentType, body, t);
            level = post.text("rating");
            given = given != null ? given : post.text("token");
            browser = "page".equals(post.text("_return"));
        }
        String page = new Links(context.sites()).page(site.key(), locale, Links.TRACK) + "?ma=" + Links.q(receiptCode)
                + "&token=" + Links.q(given == null ? "" : given);
        try {
            Dossier d = new Ratings(context, services.dossiers()).rate(site, receiptCode, given, level, locale);
            if (browser) {
                return Response.seeOther(URI.create(page + "&danh-gia=1")).build();
            }
            return Response.ok(Json.createObjectBuilder().add("receiptCode", d.receiptCode).add("rating", d.rating)
                    .add("ratingLabel", Rating.valueOf(d.rating).label(locale)).add("ratedAt", DossierEvents.time(d.ratedAt))
                    .build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (ApiProblem e) {
            if (browser && e.status() != 404) {
                return Response.seeOther(URI.create(page + "&loi-danh-gia=" + (e.status() == 409 ? "409" : "400"))).build();
            }
            throw e;
        }
    }

    /**
     * Per-service statistics of the site for a period ({@code from}, {@code to}: days, both included;
     * default this month): received, on time, late, pending, online share, ratings, per procedure.
     * {@code format=csv} gives a spreadsheet file (UTF-8 with BOM).
     */
    @GET
    @Path("stats")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response stats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format, @QueryParam("lang") String lang) {
        calls.require(EformPermissions.PROCESS);
        java.time.LocalDate today = EformPlugin.today();
        java.time.LocalDate end = Statistics.day(to, today, "to");
        java.time.LocalDate start = Statistics.day(from, end.withDayOfMonth(1), "from");
        String locale = "en".equals(lang) ? "en" : "vi";
        Statistics.Report report = new Statistics(context).report(site.key(), start, end, locale);
        if ("csv".equals(format)) {
            return Response.ok(StatsFormats.csv(report, locale), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"thong-ke-" + site.key() + "-" + start + "-"
                            + end + ".csv\"").build();
        }
        if (format != null && !format.isBlank() && !"json".equals(format)) {
            throw ApiProblem.badRequest("format is json or csv", Map.of("format", "json | csv"));
        }
        return Response.ok(StatsFormats.json(report), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Dossier staffDossier(String receiptCode) {
        return services.dossiers().byCode(site.key(), receiptCode)
                .orElseThrow(() -> ApiProblem.notFound("No dossier " + receiptCode + " on " + site.key()));
    }
}
