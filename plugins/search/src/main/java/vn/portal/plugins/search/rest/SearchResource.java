package vn.portal.plugins.search.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.SearchPermissions;
import vn.portal.plugins.search.SearchService;
import vn.portal.plugins.search.engine.Hit;
import vn.portal.plugins.search.engine.SearchResults;
import vn.portal.plugins.search.index.RebuildStatus;
import vn.portal.plugins.search.query.SearchParams;

/**
 * The search API of one site. Searching and suggestions are open to everyone (restricted
 * documents only for readers holding their permission); the index's status, a full reindex
 * and the site's synonyms need {@code search:manage:<site>}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final PluginContext context;
    private final SearchService service;
    private final Site site;

    SearchResource(PluginContext context, SearchService service, Site site) {
        this.context = context;
        this.service = service;
        this.site = site;
    }

    /** One hit; {@code titleHtml} and {@code snippet} are escaped HTML with the matched words in {@code <mark>}. */
    public record HitView(String url, String title, String titleHtml, String snippet, String type, String site,
            String locale, Instant date, String source, String id) {
        static HitView of(Hit h) {
            return new HitView(h.url(), h.title(), h.titleHtml(), h.snippetHtml(), h.type(), h.siteKey(), h.locale(),
                    h.date(), h.source(), h.id());
        }
    }

    public record FacetValue(String value, String label, long count) {
    }

    /**
     * @param approximate true when so many documents matched that the facet counts are estimates
     *                    (from a sample, two significant digits); {@code total} is always exact
     */
    public record Answer(long total, boolean approximate, int page, int size, String scope, List<HitView> hits,
            Map<String, List<FacetValue>> facets, String didYouMean) {
    }

    public record Suggestions(List<String> suggestions) {
    }

    /**
     * {@code GET /api/v1/search?q=&site=&scope=site|all&type=&category=&sector=&unit=&from=&to=&locale=&order=relevance|date&page=&size=}.
     * The words are searched as plain text whatever they contain; filters that cannot be
     * understood answer 400 with the field named; {@code size} is capped at 50.
     */
    @Public
    @GET
    public Answer search(@Context UriInfo uri) {
        SearchParams p = SearchParams.parse(uri.getQueryParameters());
        if (!p.errors().isEmpty()) {
            throw ApiProblem.badRequest("Some search parameters cannot be understood", p.errors());
        }
        String locale = p.locale() == null ? site.defaultLocale() : p.locale();
        SearchResults r = service.search(site, p);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        r.facets().forEach((dim, counts) -> {
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((v, n) -> values.add(new FacetValue(v, service.label(dim, v, site.key(), locale), n)));
            facets.put(dim, values);
        });
        return new Answer(r.total(), r.approximate(), p.page(), p.size(), p.scope(), r.hits().stream().map(HitView::of).toList(), facets,
                r.didYouMean());
    }

    /** {@code GET /api/v1/search/suggest?q=&site=}: up to 8 titles completing what is being typed. */
    @Public
    @GET
    @Path("suggest")
    public Suggestions suggest(@QueryParam("q") String q, @QueryParam("scope") String scope,
            @QueryParam("locale") String locale) {
        String l = locale != null && locale.matches("[a-z]{2}") ? locale : null;
        return new Suggestions(service.suggest(site, q, scope, l, 8));
    }

    // ---- administration ----------------------------------------------------------------------

    public record SiteStatus(String site, long documents, Instant lastChange, int waiting) {
    }

    public record Status(SiteStatus site, boolean rebuilding, int percent, String reason, long rebuiltDocuments,
            Instant rebuildStartedAt, Instant rebuildFinishedAt, String rebuildError, boolean needsRebuild) {
    }

    @GET
    @Path("admin/status")
    public Status status() {
        manager();
        RebuildStatus r = service.index().status();
        return new Status(new SiteStatus(site.key(), service.index().read(i -> i.count(site.key())),
                service.index().lastChange(site.key()), service.index().waiting(site.key())),
                r != null && r.isRunning(), r == null ? 0 : r.getPercent(), r == null ? null : r.getReason(),
                r == null ? 0 : r.getDocuments(), r == null ? null : r.getStartedAt(),
                r == null ? null : r.getFinishedAt(), r == null ? null : r.getError(), service.index().needsRebuild());
    }

    /** Starts a full rebuild of the index (all sites) in the background; 409 when one is running. */
    @POST
    @Path("admin/reindex")
    public Status reindex() {
        PortalUser user = manager();
        if (!service.rebuildLater("admin " + user.username() + " (" + site.key() + ")", Duration.ZERO)) {
            throw new ApiProblem(409, "A rebuild of the index is already running", Map.of());
        }
        context.audit().record("index.reindex", site.key(), "search", "full reindex requested");
        return status();
    }

    public record SynonymsView(String site, String rules, boolean own) {
    }

    public record SynonymsInput(String rules) {
    }

    @GET
    @Path("admin/synonyms")
    public SynonymsView synonyms() {
        manager();
        return new SynonymsView(site.key(), service.synonymText(site.key()), service.hasOwnSynonyms(site.key()));
    }

    /** Replaces the site's rules; lines that say nothing usable answer 400, by line number ("lines.3"). */
    @PUT
    @Path("admin/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    public SynonymsView saveSynonyms(SynonymsInput input) {
        PortalUser user = manager();
        if (input == null || input.rules() == null) {
            throw ApiProblem.badRequest("Send the rules", Map.of("rules", "required"));
        }
        List<String> problems = service.saveSynonyms(site.key(), input.rules(), user.username());
        if (!problems.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String problem : problems) {
                int colon = problem.indexOf(':');
                fields.put(colon > 0 ? "lines." + problem.substring(0, colon) : "rules",
                        colon > 0 ? problem.substring(colon + 1).strip() : problem);
            }
            throw ApiProblem.badRequest("Some lines are not synonym rules", fields);
        }
        return synonyms();
    }

    /** Back to the built-in defaults. */
    @DELETE
    @Path("admin/synonyms")
    public SynonymsView resetSynonyms() {
        PortalUser user = manager();
        service.resetSynonyms(site.key(), user.username());
        return synonyms();
    }

    private PortalUser manager() {
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        String permission = SearchPermissions.MANAGE + ":" + site.key();
        if (!context.identity().isPermitted(user, permission)) {
            throw ApiProblem.forbidden(permission);
        }
        return user;
    }
}
