package vn.portal.plugins.notify.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.notify.NotifyPlugin;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.domain.Preference;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.subscription.Subscriptions;
import vn.portal.plugins.notify.template.MessageKind;
import vn.portal.plugins.notify.template.Rendered;
import vn.portal.plugins.notify.template.TemplateException;
import vn.portal.plugins.notify.template.TemplateText;

/**
 * {@code /api/v1/notify/…}: deliveries, dead letters and webhooks of a site ({@code notify:manage:<site>}),
 * templates (global {@code notify:templates}), and the public
 * subscribe / confirm / unsubscribe forms (plain HTML posts; unsubscribe is also RFC 8058's one-click POST).
 * The signed-in person's inbox is a public page ({@code InboxPages}), not an endpoint: it is nobody's but theirs.
 */
@Produces(MediaType.APPLICATION_JSON)
public class NotifyResource {

    private final PluginContext context;
    private final Site site;
    private final NotifyPlugin.Services services;

    NotifyResource(PluginContext context, Site site) {
        this.context = context;
        this.site = site;
        this.services = NotifyPlugin.services(context);
    }

    // ---- staff: deliveries, dead letters, webhooks --------------------------------------------

    @GET
    @Path("deliveries")
    public List<Views.DeliveryView> deliveries(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        manage();
        return new DeliveryAdmin(context).list(site.key(), status, limit == null ? 100 : Math.min(1000, Math.max(1, limit)))
                .stream().map(Views.DeliveryView::of).toList();
    }

    @GET
    @Path("deliveries/counts")
    public Map<String, Long> counts() {
        manage();
        return new DeliveryAdmin(context).counts(site.key());
    }

    @GET
    @Path("deliveries/{id}/log")
    public List<Views.AttemptView> log(@PathParam("id") String id) {
        manage();
        DeliveryAdmin admin = new DeliveryAdmin(context);
        admin.get(site.key(), id);
        return admin.log(id).stream().map(Views.AttemptView::of).toList();
    }

    @POST
    @Path("deliveries/{id}/resend")
    public Views.DeliveryView resend(@PathParam("id") String id) {
        PortalUser user = manage();
        return Views.DeliveryView.of(new DeliveryAdmin(context).resend(site.key(), id, user.username()));
    }

    /**
     * Sends the site's held digest messages now instead of at their scheduled moment (before a
     * holiday, or to try the set-up): one digest per subscription with everything held so far.
     */
    @POST
    @Path("digests/send")
    public Map<String, Integer> sendDigestsNow() {
        PortalUser user = manage();
        var digests = services.digests();
        java.time.Instant now = java.time.Instant.now();
        int n = 0;
        for (String digest : List.of("DAILY", "WEEKLY")) {
            n += digests.send(site.key(), digest, now, digests.schedule().periodLabel(digest, now));
        }
        context.audit().record("digests.sent", site.key(), null, n + " digests by " + user.username());
        return Map.of("queued", n);
    }

    public record WebhookInput(String url, String topic, String value) {
    }

    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response webhook(WebhookInput in) {
        manage();
        if (in == null) {
            throw ApiProblem.badRequest("Send {url, topic, value}", Map.of("url", "required"));
        }
        Subscription s = services.subscriptions().webhook(site, in.url(), in.topic() == null ? "DOSSIERS" : in.topic(),
                in.value());
        return Response.status(201).entity(Views.SubscriptionView.of(s)).build();
    }

    @GET
    @Path("subscriptions")
    public List<Views.SubscriptionView> subscriptions(@QueryParam("limit") Integer limit) {
        manage();
        return services.subscriptions().ofSite(site.key(), limit == null ? 200 : Math.min(1000, limit)).stream()
                .map(Views.SubscriptionView::of).toList();
    }

    @DELETE
    @Path("subscriptions/{id}")
    public Response endSubscription(@PathParam("id") String id) {
        manage();
        services.subscriptions().ofSite(site.key(), 100_000).stream().filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No subscription " + id + " on " + site.key()));
        services.subscriptions().end(id);
        return Response.noContent().build();
    }

    // ---- templates ----------------------------------------------------------------------------

    public record TemplateInput(String subject, String body) {
    }

    public record TemplateView(String kind, String channel, String locale, String subject, String body, boolean builtIn,
            List<String> variables) {
    }

    public record PreviewView(String subject, String text, String html) {
    }

    @GET
    @Path("templates/{kind}/{channel}/{locale}")
    public TemplateView template(@PathParam("kind") String kind, @PathParam("channel") String channel,
            @PathParam("locale") String locale) {
        templatesAllowed();
        MessageKind k = kind(kind);
        TemplateText t = services.templates().effective(k, channel, channel(channel).format(), locale);
        return new TemplateView(k.id(), channel, t.locale(), t.subject(), t.body(), t.builtIn(), List.copyOf(k.variables()));
    }

    @PUT
    @Path("templates/{kind}/{channel}/{locale}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView saveTemplate(@PathParam("kind") String kind, @PathParam("channel") String channel,
            @PathParam("locale") String locale, TemplateInput in) {
        PortalUser user = templatesAllowed();
        MessageKind k = kind(kind);
        NotificationChannel c = channel(channel);
        if (in == null || in.body() == null || in.body().isBlank()) {
            throw ApiProblem.badRequest("A template needs a body", Map.of("body", "required"));
        }
        try {
            services.templates().save(k, channel, c.format(), locale, in.subject(), in.body(), user.username());
        } catch (TemplateException e) {
            throw ApiProblem.badRequest("Mẫu có lỗi / the template has an error: " + e.getMessage(),
                    Map.of("body", e.getMessage()));
        }
        return template(kind, channel, locale);
    }

    @POST
    @Path("templates/{kind}/{channel}/{locale}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewView preview(@PathParam("kind") String kind, @PathParam("channel") String channel,
            @PathParam("locale") String locale, TemplateInput in) {
        templatesAllowed();
        MessageKind k = kind(kind);
        try {
            Rendered r = services.templates().check(k, channel, channel(channel).format(), locale,
                    in == null ? "" : in.subject(), in == null || in.body() == null ? "" : in.body());
            return new PreviewView(r.subject(), r.text(), r.html());
        } catch (TemplateException e) {
            throw ApiProblem.badRequest("Mẫu có lỗi / the template has an error: " + e.getMessage(),
                    Map.of("body", e.getMessage()));
        }
    }

    // ---- the public: subscribe, confirm, unsubscribe ------------------------------------------

    /** The subscribe form (anonymous, by e-mail): a confirmation message is sent; the visitor is sent back. */
    @Public
    @POST
    @Path("public/subscriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@FormParam("email") String email, @FormParam("topic") String topic,
            @FormParam("value") String value, @FormParam("digest") String digest, @FormParam("lang") String lang,
            @FormParam("website") String trap) {
        String page = pageUrl(lang, "thong-bao/dang-ky");
        if (trap != null && !trap.isBlank()) {
            return Response.seeOther(URI.create(page + "?da-gui=1")).build(); // robots are told nothing
        }
        try {
            services.subscriptions().subscribeByEmail(site, email, topic, value, digest == null ? "NONE" : digest, lang);
        } catch (ApiProblem e) {
            return Response.seeOther(URI.create(page + "?loi=" + String.join(",", e.fieldErrors().keySet()))).build();
        }
        return Response.seeOther(URI.create(page + "?da-gui=1")).build();
    }

    @Public
    @POST
    @Path("public/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("t") String token, @FormParam("lang") String lang) {
        boolean ok = services.subscriptions().confirm(token).isPresent();
        return Response.seeOther(URI.create(pageUrl(lang, "thong-bao/xac-nhan") + "?ket-qua=" + (ok ? "ok" : "loi"))).build();
    }

    /**
     * Unsubscribe: RFC 8058 one-click (a POST with {@code List-Unsubscribe=One-Click} from a mail
     * client, token in the query) answers 200; the form on the unsubscribe page (token in the body)
     * sends the visitor back to the page with the outcome.
     */
    @Public
    @POST
    @Path("public/unsubscribe")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    public Response unsubscribe(@QueryParam("t") String queryToken, @FormParam("t") String formToken,
            @FormParam("lang") String lang) {
        String token = queryToken != null ? queryToken : formToken;
        boolean ok = services.subscriptions().unsubscribe(token).isPresent();
        if (queryToken != null) {
            return ok ? Response.ok(Map.of("unsubscribed", true)).build()
                    : Response.status(404).type("application/problem+json").entity(Map.of("title", "Not Found",
                            "status", 404, "detail", "Unknown or invalid unsubscribe link")).build();
        }
        return Response.seeOther(URI.create(pageUrl(lang, "thong-bao/huy") + "?ket-qua=" + (ok ? "ok" : "loi"))).build();
    }

    // ---- the signed-in person: their notification settings (the preferences page's forms) -----

    /** The settings as JSON (for API clients): channels, addresses, what is followed. */
    @GET
    @Path("me/preferences")
    public Map<String, Object> myPreferences() {
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        var us = services.userSubscriptions();
        Preference p = us.preference(user.id());
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("channels", List.of(p.channels.split(" ")));
        out.put("email", p.email);
        out.put("phone", p.phone);
        out.put("followed", us.followed(user.id()));
        return out;
    }

    /** The channels form: which channels ({@code channel}, repeated), the e-mail address, the phone number. */
    @POST
    @Path("me/preferences")
    @Consumes(MediaType.WILDCARD)
    public Response savePreferences(@HeaderParam("Content-Type") String type, String body) {
        return signedIn(type, body, (user, f) -> services.userSubscriptions().save(user.id(),
                java.util.Set.copyOf(f.all("channel")), f.one("email"), f.one("phone"), f.one("lang")));
    }

    /** The follow form: a topic of this site ({@code topic}, {@code value}), at once or in a digest ({@code digest}). */
    @POST
    @Path("me/subscriptions")
    @Consumes(MediaType.WILDCARD)
    public Response follow(@HeaderParam("Content-Type") String type, String body) {
        return signedIn(type, body, (user, f) -> services.userSubscriptions().follow(site, user.id(), f.one("topic"),
                f.one("value"), f.one("digest")));
    }

    /** A "stop following" button ({@code id}: one of the topic's subscriptions). */
    @POST
    @Path("me/subscriptions/remove")
    @Consumes(MediaType.WILDCARD)
    public Response unfollow(@HeaderParam("Content-Type") String type, String body) {
        return signedIn(type, body, (user, f) -> {
            if (!services.userSubscriptions().unfollow(user.id(), f.one("id"))) {
                throw ApiProblem.notFound("No subscription " + f.one("id") + " of yours");
            }
            return null;
        });
    }

    /**
     * Runs a form's change for the signed-in person and sends the browser back to the preferences
     * page: {@code ?da-luu=1}, or {@code ?loi=<fields>} naming what to correct. A form post whose
     * session has ended goes back to the page too (it asks to sign in); anything else unsigned gets
     * 401, and a signed-in call that is not a url-encoded form 415. (The body is read here rather
     * than by {@code @FormParam}, so that the caller is checked before the content type.)
     */
    private Response signedIn(String type, String body, java.util.function.BiFunction<PortalUser, FormFields, Object> change) {
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED);
        FormFields f = form ? FormFields.parse(body) : FormFields.parse("");
        String page = pageUrl(f.one("lang"), Subscriptions.PREFERENCES_PATH.substring(1));
        Optional<PortalUser> user = context.identity().currentUser();
        if (user.isEmpty()) {
            if (form) {
                return Response.seeOther(URI.create(page)).build();
            }
            throw ApiProblem.unauthorized();
        }
        if (!form) {
            throw new ApiProblem(415, "Send a url-encoded form (application/x-www-form-urlencoded)", Map.of());
        }
        try {
            change.apply(user.get(), f);
        } catch (ApiProblem e) {
            String fields = String.join(",", e.fieldErrors().keySet());
            return Response.seeOther(URI.create(page + "?loi=" + (fields.isEmpty() ? "id" : fields))).build();
        }
        return Response.seeOther(URI.create(page + "?da-luu=1")).build();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String pageUrl(String lang, String path) {
        return context.sites().url(site.key()) + ("en".equals(lang) ? "en/" : "") + path;
    }

    private PortalUser manage() {
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        String permission = "notify:manage:" + site.key();
        if (!context.identity().isPermitted(user, permission)) {
            throw ApiProblem.forbidden(permission);
        }
        return user;
    }

    private PortalUser templatesAllowed() {
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        if (!context.identity().isPermitted(user, "notify:templates")) {
            throw ApiProblem.forbidden("notify:templates");
        }
        return user;
    }

    private static MessageKind kind(String id) {
        try {
            return MessageKind.of(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
    }

    private NotificationChannel channel(String id) {
        return services.channels().get(id).orElseThrow(() -> ApiProblem.notFound("No channel '" + id + "'"));
    }

    static boolean validTopic(String topic) {
        return Subscriptions.CONTENT_TOPICS.contains(topic);
    }
}
