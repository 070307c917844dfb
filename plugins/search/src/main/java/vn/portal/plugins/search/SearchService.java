package vn.portal.plugins.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.search.api.FacetLabels;
import vn.portal.plugins.search.engine.SearchQuery;
import vn.portal.plugins.search.engine.SearchResults;
import vn.portal.plugins.search.engine.Synonyms;
import vn.portal.plugins.search.feed.Indexables;
import vn.portal.plugins.search.index.Change;
import vn.portal.plugins.search.index.IndexFolders;
import vn.portal.plugins.search.index.LiveIndex;
import vn.portal.plugins.search.query.SearchParams;
import vn.portal.plugins.search.synonyms.SynonymStore;

/**
 * The search plugin's one service: the live index, searches scoped to sites with the reader's
 * permissions and the site's synonyms, suggestions, rebuilds, and facet labels.
 */
public final class SearchService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Cache tag of the search pages: every change to the index drops them. */
    public static final String PAGE_TAG = "search:results";
    /** How long a site's synonyms are kept in memory (another node may have changed them). */
    private static final Duration SYNONYMS_TTL = Duration.ofSeconds(60);

    private final PluginContext context;
    private final Indexables indexables;
    private final SynonymStore synonyms;
    private final LiveIndex live;
    private final Map<String, CachedSynonyms> synonymCache = new ConcurrentHashMap<>();

    private record CachedSynonyms(Synonyms synonyms, Instant at) {
    }

    public SearchService(PluginContext context, SynonymStore synonyms) {
        this.context = context;
        this.indexables = new Indexables(context);
        this.synonyms = synonyms;
        this.live = LiveIndex.open(new IndexFolders(context.localDirectory()));
        // result pages are cached: drop them once the changes are searchable, not before
        live.onVisible(() -> context.pageCache().invalidate(PAGE_TAG));
    }

    public LiveIndex index() {
        return live;
    }

    public Indexables indexables() {
        return indexables;
    }

    public PluginContext context() {
        return context;
    }

    public Optional<Site> site(String key) {
        return context.sites().find(key);
    }

    // ---- changes and rebuilds ----------------------------------------------------------------

    public void apply(List<Change> changes) {
        live.apply(changes);
    }

    /**
     * Starts a full rebuild on a background thread of this node after {@code delay}; false when
     * one is already running.
     */
    public boolean rebuildLater(String reason, Duration delay) {
        if (live.isRebuilding()) {
            return false;
        }
        ClassLoader loader = getClass().getClassLoader();
        context.scheduler().runOnceAt("rebuild", Instant.now().plus(delay), () -> {
            Thread t = Thread.currentThread();
            ClassLoader previous = t.getContextClassLoader();
            t.setContextClassLoader(loader);
            try {
                if (rebuildNow(reason)) {
                    context.audit().record("index.rebuilt", null, "search", reason + ": "
                            + live.status().getDocuments() + " documents");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search index rebuild failed: " + e, e);
            } finally {
                t.setContextClassLoader(previous);
            }
        });
        return true;
    }

    /** Rebuilds on the calling thread (tests, and the background job above). */
    public boolean rebuildNow(String reason) {
        boolean done = live.rebuild(indexables, reason);
        if (done) {
            context.pageCache().invalidate(PAGE_TAG);
        }
        return done;
    }

    // ---- searching ---------------------------------------------------------------------------

    /** The sites a search on {@code site} covers: its subtree, or with scope "all" the whole tree above it. */
    public Set<String> scope(Site site, String scope) {
        String top = site.key();
        if ("all".equals(scope)) {
            for (Site s = site; s != null; s = s.parentKey() == null ? null : context.sites().find(s.parentKey()).orElse(null)) {
                top = s.key();
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        context.sites().subtree(top).forEach(s -> keys.add(s.key()));
        keys.add(site.key());
        return keys;
    }

    public SearchQuery query(Site site, SearchParams p) {
        return new SearchQuery(p.q(), scope(site, p.scope()), p.types(), p.categories(), p.sectors(), p.units(),
                p.from(), p.to(), p.locale(), p.order(), p.page(), p.size(), mayRead(), synonyms(site.key()));
    }

    /** What the current reader may read: restricted documents need their permission. */
    Predicate<String> mayRead() {
        return permission -> context.identity().isPermitted(permission);
    }

    public SearchResults search(Site site, SearchParams p) {
        return live.read(index -> index.search(query(site, p)));
    }

    public List<String> suggest(Site site, String prefix, String scope, String locale, int max) {
        String text = SearchParams.parse(Map.of("q", prefix == null ? List.of() : List.of(prefix))).q();
        if (text == null) {
            return List.of();
        }
        return live.read(index -> index.suggest(text, scope(site, scope), locale, max));
    }

    // ---- synonyms ----------------------------------------------------------------------------

    /** The site's synonyms: its own rules, else the defaults. */
    public Synonyms synonyms(String siteKey) {
        CachedSynonyms c = synonymCache.get(siteKey);
        if (c != null && c.at.plus(SYNONYMS_TTL).isAfter(Instant.now())) {
            return c.synonyms;
        }
        Synonyms s;
        try {
            s = synonyms.rules(siteKey).map(Synonyms::parse).orElse(Synonyms.defaults());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Synonyms of " + siteKey + " cannot be read; using the defaults: " + e);
            return Synonyms.defaults();
        }
        synonymCache.put(siteKey, new CachedSynonyms(s, Instant.now()));
        return s;
    }

    /** The text an administrator edits: the site's rules, else the defaults' text. */
    public String synonymText(String siteKey) {
        return synonyms.rules(siteKey).orElse(Synonyms.defaults().text());
    }

    public boolean hasOwnSynonyms(String siteKey) {
        return synonyms.rules(siteKey).isPresent();
    }

    /** Saves the rules, or returns the problems of the lines that say nothing usable (nothing saved then). */
    public List<String> saveSynonyms(String siteKey, String text, String user) {
        String rules = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        if (rules.length() > 100_000) {
            return List.of("at most 100,000 characters");
        }
        List<String> problems = Synonyms.problems(rules);
        if (!problems.isEmpty()) {
            return problems;
        }
        synonyms.save(siteKey, rules, user);
        synonymCache.remove(siteKey);
        context.pageCache().invalidate(PAGE_TAG);
        return List.of();
    }

    public void resetSynonyms(String siteKey, String user) {
        synonyms.reset(siteKey, user);
        synonymCache.remove(siteKey);
        context.pageCache().invalidate(PAGE_TAG);
    }

    // ---- labels ------------------------------------------------------------------------------

    /** The readable name of a facet value in the language. */
    public String label(String dimension, String value, String siteKey, String locale) {
        boolean en = "en".equals(locale);
        LocalDate today = LocalDate.now(VIETNAM);
        Optional<String> known = switch (dimension) {
            case "site" -> context.sites().find(value).map(s -> s.name(locale));
            case "sector" -> context.catalogs().find("sectors", value, today).map(e -> en && e.nameEn() != null
                    ? e.nameEn() : e.nameVi());
            case "unit" -> context.catalogs().find("admin-units", value, today).map(e -> en && e.nameEn() != null
                    ? e.nameEn() : e.nameVi());
            case "locale" -> Optional.of(switch (value) {
                case "vi" -> "Tiếng Việt";
                case "en" -> "English";
                default -> value;
            });
            case "type", "category" -> fromPlugins(dimension, value, siteKey, locale);
            default -> Optional.empty();
        };
        return known.orElse(value);
    }

    private Optional<String> fromPlugins(String dimension, String value, String siteKey, String locale) {
        for (FacetLabels l : context.extensions(FacetLabels.class)) {
            try {
                Optional<String> label = l.label(dimension, value, siteKey, locale);
                if (label.isPresent()) {
                    return label;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "facet label " + dimension + "=" + value + " failed: " + e);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        live.close();
    }
}
