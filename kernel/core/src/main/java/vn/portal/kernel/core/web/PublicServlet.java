package vn.portal.kernel.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteResolver;
import vn.portal.kernel.core.site.SiteService;
import vn.portal.kernel.core.site.SiteSnapshot;

/**
 * Every public page of every site: resolves the site, the language and the page,
 * then renders it in the site's theme. Stateless: it never creates a session, so
 * anonymous traffic costs no server memory.
 */
@WebServlet(urlPatterns = "/", name = "public")
public class PublicServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PublicServlet.class.getName());

    @Inject
    SiteService sites;

    @Inject
    PluginHost plugins;

    @Inject
    vn.portal.kernel.core.site.SiteMenus menus;

    @Inject
    ThemeRenderer themes;

    @Inject
    PageCacheStore cache;

    @Inject
    vn.portal.kernel.core.config.PortalConfig config;

    /** Request attribute: the cache key and generation of a page being rendered for the cache. */
    static final String CAPTURE = PublicServlet.class.getName() + ".capture";

    private record Capture(String key, long generation, String siteKey) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/admin") || path.equals("/admin/")) {
            resp.sendRedirect(req.getContextPath() + "/admin/index.xhtml");
            return;
        }
        // anonymous GETs come from the cache; anyone signed in (a session) always gets a fresh page
        String key = anonymous(req) ? req.getHeader("Host") + " " + req.getRequestURI()
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString()) : null;
        if (key != null) {
            PageCacheStore.Entry hit = cache.get(key);
            if (hit != null) {
                resp.setHeader("X-Cache", "HIT");
                send(req, resp, 200, hit.body(), hit.etag(), hit.lastModified(), true, hit.contentType());
                return;
            }
        }
        SiteSnapshot snapshot = sites.snapshot();
        Optional<SiteResolver.Resolution> found = SiteResolver.resolve(snapshot, req.getHeader("Host"), path);
        if (found.isEmpty()) {
            Optional<Site> fallback = snapshot.defaultSite();
            if (fallback.isEmpty()) {
                resp.sendError(404, "No site is configured yet");
                return;
            }
            sendError(req, resp, 404, fallback.get(), "", "vi", snapshot);
            return;
        }
        SiteResolver.Resolution r = found.get();
        Site site = r.site();
        RequestContext.current().site(site.key());
        if (key != null) {
            req.setAttribute(CAPTURE, new Capture(key, cache.generation(), site.key()));
        }
        if (site.status() == SiteStatus.ARCHIVED) {
            Site target = site.redirectTo() == null ? null : snapshot.byKey().get(site.redirectTo());
            if (target != null) {
                String url = snapshot.url(target.key());
                resp.setStatus(301);
                resp.setHeader("Location", url.substring(0, url.length() - 1) + r.path());
                return;
            }
            sendError(req, resp, 410, site, r.basePath(), site.defaultLocale(), snapshot);
            return;
        }
        String lang = "vi";
        String inner = r.path();
        for (String l : site.locales()) {
            if (!l.equals("vi") && (inner.equals("/" + l) || inner.startsWith("/" + l + "/"))) {
                lang = l;
                inner = inner.length() == l.length() + 1 ? "/" : inner.substring(l.length() + 1);
            }
        }
        if (inner.length() > 1 && inner.endsWith("/")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        try {
            render(req, resp, site, r.basePath(), lang, inner, snapshot);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, RequestContext.current().tag() + " page " + path + " failed: " + e, e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.sendError(500, "Sorry, this page could not be shown. Reference: " + RequestContext.current().requestId());
            }
        }
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, Site site, String base, String lang,
            String path, SiteSnapshot snapshot) throws IOException {
        Map<String, String> slugs = PageModel.SLUGS.get(lang);
        RenderRequest request = new RenderRequest(site, lang, path, Map.of(), query(req.getQueryString()));
        Optional<PageContent> pluginPage = pluginRoute(site, lang, path, request);
        if (pluginPage.isPresent()) {
            PageContent p = pluginPage.get();
            if (p.rawType() != null) {
                write(req, resp, p.status(), p.html(), p.cacheTags(), p.rawType());
                return;
            }
            write(req, resp, p.status(), page(site, base, lang, path, p.title(), p.html(), null, request, p.meta()),
                    p.cacheTags());
        } else if (path.equals("/sitemap.xml")) {
            write(req, resp, 200, SitemapXml.render(site, snapshot, lang, plugins, sites), Set.of(),
                    "application/xml; charset=UTF-8");
        } else if (path.equals("/")) {
            write(req, resp, 200, home(site, base, lang, snapshot, request), Set.of());
        } else if (path.equals(slugs.get("introduction"))) {
            write(req, resp, 200, page(site, base, lang, path, PageModel.text(themes.messages(site.theme(), lang), "menu", "introduction"),
                    BuiltInPages.introduction(site, snapshot, lang), "introduction", request, Map.of()), Set.of());
        } else if (path.equals(slugs.get("services"))) {
            write(req, resp, 200, page(site, base, lang, path, PageModel.text(themes.messages(site.theme(), lang), "menu", "services"),
                    BuiltInPages.services(site, lang), "services", request, Map.of()), Set.of());
        } else if (path.equals(slugs.get("sitemap"))) {
            write(req, resp, 200, page(site, base, lang, path, PageModel.text(themes.messages(site.theme(), lang), "menu", "sitemap"),
                    BuiltInPages.siteMap(site, snapshot, lang), "sitemap", request, Map.of()), Set.of());
        } else {
            sendError(req, resp, 404, site, base, lang, snapshot);
        }
    }

    private Optional<PageContent> pluginRoute(Site site, String lang, String path, RenderRequest base) {
        for (Contribution<PublicRoute> c : plugins.extensions(PublicRoute.class)) {
            if (!sites.isPluginEnabled(site.key(), c.pluginId())) {
                continue;
            }
            Optional<Map<String, String>> params = RoutePattern.match(c.extension().pattern(), path);
            if (params.isPresent()) {
                RequestContext.current().plugin(c.pluginId());
                Optional<PageContent> out = c.extension().render(
                        new RenderRequest(site, lang, path, params.get(), base.query()));
                if (out.isPresent()) {
                    return out;
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, String> regions(Site site, RenderRequest request) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        List<Contribution<Widget>> widgets = new ArrayList<>(plugins.extensions(Widget.class));
        widgets.sort(Comparator.comparingInt(c -> c.extension().order()));
        for (Contribution<Widget> w : widgets) {
            if (!sites.isPluginEnabled(site.key(), w.pluginId())) {
                continue;
            }
            try {
                String html = w.extension().render(request);
                if (html != null && !html.isBlank()) {
                    out.computeIfAbsent(w.extension().region(), k -> new StringBuilder()).append(html);
                }
            } catch (RuntimeException e) {
                // one broken widget must not take the page down
                LOG.log(Level.WARNING, RequestContext.current().tag() + " widget " + w.extension().getClass().getName()
                        + " of plugin " + w.pluginId() + " failed: " + e, e);
            }
        }
        Map<String, String> regions = new LinkedHashMap<>();
        out.forEach((k, v) -> regions.put(k, v.toString()));
        return regions;
    }

    private Map<String, Object> model(Site site, String base, String lang, String path, String title, String page,
            RenderRequest request) {
        String theme = themes.themeName(site.theme());
        return PageModel.build(site, lang, base, theme, title, themes.messages(theme, lang), page, path,
                request == null ? Map.of() : regions(site, request), menus.own(site.key()));
    }

    private String home(Site site, String base, String lang, SiteSnapshot snapshot, RenderRequest request) {
        Map<String, Object> m = model(site, base, lang, "/", null, "home", request);
        List<Map<String, Object>> children = new ArrayList<>();
        for (Site c : snapshot.children(site.key())) {
            if (c.status() == SiteStatus.ACTIVE) {
                Map<String, Object> child = new LinkedHashMap<>();
                child.put("name", c.name(lang));
                child.put("url", snapshot.url(c.key()));
                child.put("kindLabel", PageModel.kindLabel(c.kind(), lang));
                children.add(child);
            }
        }
        m.put("children", children);
        m.put("content", themes.render(site.theme(), "home", m));
        return themes.render(site.theme(), "layout", m);
    }

    private String page(Site site, String base, String lang, String path, String title, String html, String page,
            RenderRequest request, Map<String, String> meta) {
        Map<String, Object> m = model(site, base, lang, path, title, page, request);
        List<Map<String, String>> metaTags = new ArrayList<>();
        new java.util.TreeMap<>(meta).forEach((name, content) -> {
            if ("canonical".equals(name)) {
                m.put("canonical", content); // <link rel="canonical">: the page's own address elsewhere
            } else if (name.startsWith("alternate:")) {
                alternate(m, name.substring("alternate:".length()), content);
            } else {
                metaTags.add(Map.of("name", name, "content", content));
            }
        });
        m.put("meta", metaTags);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) m.get("breadcrumbs");
        crumbs.add(PageModel.item(PageModel.text((Map<String, Object>) m.get("msg"), "menu", "home"),
                PageModel.link(base, lang, "/"), false));
        crumbs.add(PageModel.item(title, null, true));
        m.put("content", themes.render(site.theme(), "page", pageModel(m, title, html)));
        return themes.render(site.theme(), "layout", m);
    }

    /** Points the language switch at the page's own translation (a plugin knows it, the kernel does not). */
    @SuppressWarnings("unchecked")
    private static void alternate(Map<String, Object> model, String lang, String url) {
        for (Map<String, Object> l : (List<Map<String, Object>>) model.get("languages")) {
            if (lang.equals(l.get("code"))) {
                l.put("url", url);
            }
        }
    }

    private static Map<String, Object> pageModel(Map<String, Object> layout, String title, String html) {
        Map<String, Object> p = new LinkedHashMap<>(layout);
        p.put("title", title);
        p.put("content", html);
        return p;
    }

    private void sendError(HttpServletRequest req, HttpServletResponse resp, int status, Site site, String base, String lang,
            SiteSnapshot snapshot) throws IOException {
        Map<String, Object> m = model(site, base, lang, "/", null, null, null);
        Map<String, Object> msg = themes.messages(site.theme(), lang);
        String code = Integer.toString(status);
        String title = PageModel.text(msg, "error", code, "title");
        m.put("title", title + " | " + site.name(lang));
        m.put("status", status);
        m.put("errorTitle", title);
        m.put("errorText", PageModel.text(msg, "error", code, "text"));
        m.put("content", themes.render(site.theme(), "error", m));
        write(req, resp, status, themes.render(site.theme(), "layout", m), Set.of());
    }

    /**
     * The query string decoded as UTF-8 (the container's own decoding of query strings is
     * not UTF-8 everywhere, and Vietnamese searches must arrive intact), NFC.
     */
    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC));
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: the parameter is ignored, the page still renders
            }
        }
        return out;
    }

    /** Anonymous: no session (so not signed in) and no credentials on the request. */
    private static boolean anonymous(HttpServletRequest req) {
        return "GET".equals(req.getMethod()) && req.getSession(false) == null && req.getHeader("Authorization") == null;
    }

    /**
     * Sends a rendered page; a 200 for an anonymous visitor is also stored in the cache, tagged
     * with the page's own tags (or the site's general tag) and the site's tag.
     */
    private void write(HttpServletRequest req, HttpServletResponse resp, int status, String html, Set<String> tags)
            throws IOException {
        write(req, resp, status, html, tags, "text/html;charset=UTF-8");
    }

    private void write(HttpServletRequest req, HttpServletResponse resp, int status, String html, Set<String> tags,
            String contentType) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + etag(body) + "\"";
        long now = System.currentTimeMillis() / 1000 * 1000;
        Capture capture = (Capture) req.getAttribute(CAPTURE);
        if (capture != null && status == 200) {
            Set<String> all = new HashSet<>(tags.isEmpty() ? Set.of(PageCache.general(capture.siteKey())) : tags);
            all.add(PageCache.site(capture.siteKey()));
            cache.put(capture.key(), new PageCacheStore.Entry(body, etag, now, Set.copyOf(all), contentType),
                    capture.generation());
        }
        if (capture != null) {
            resp.setHeader("X-Cache", "MISS");
        }
        send(req, resp, status, body, etag, now, capture != null, contentType);
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, int status, byte[] body, String etag,
            long lastModified, boolean shared, String contentType) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (status == 200) {
            resp.setHeader("ETag", etag);
            resp.setDateHeader("Last-Modified", lastModified);
            resp.setHeader("Cache-Control", shared ? "public, max-age=0, s-maxage=" + config.get("cache.shared-max-age", "0")
                    + ", must-revalidate" : "private, no-store");
            if (etag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(304);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * A fingerprint of the page for its ETag: CRC-32C and CRC-32 (64 bits, both computed by CPU
     * instructions) and the length. SHA-256 took a tenth of an uncached page's CPU; an ETag only has to
     * change when the page does, nobody gains by forging one.
     */
    static String etag(byte[] body) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(body);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(body);
        return String.format("%08x%08x-%x", c.getValue(), d.getValue(), body.length);
    }
}
