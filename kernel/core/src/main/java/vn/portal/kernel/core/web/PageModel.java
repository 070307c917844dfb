package vn.portal.kernel.core.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.core.site.MenuItem;

/**
 * Builds the model every theme template receives (see themes/default and
 * docs/theme-guide in the plugin guide). Lists are always real lists, never null:
 * Mustache tests emptiness through them.
 */
public final class PageModel {

    /** The public slugs of the built-in pages, per locale. */
    static final Map<String, Map<String, String>> SLUGS = Map.of(
            "vi", Map.of("introduction", "/gioi-thieu", "services", "/dich-vu-cong", "sitemap", "/so-do-cong",
                    "search", "/tim-kiem"),
            "en", Map.of("introduction", "/introduction", "services", "/online-services", "sitemap", "/sitemap",
                    "search", "/search"));

    private static final Map<SiteKind, String[]> KIND_LABELS = Map.of(
            SiteKind.PROVINCE, new String[] {"Tỉnh", "Province"},
            SiteKind.DEPARTMENT, new String[] {"Sở, ban, ngành", "Department"},
            SiteKind.COMMUNE, new String[] {"Xã, phường", "Commune"},
            SiteKind.DISTRICT, new String[] {"Huyện", "District"},
            SiteKind.OTHER, new String[] {"Đơn vị", "Unit"});

    private PageModel() {
    }

    /** The path of a built-in page (home, introduction, services, sitemap, search) in a language. */
    public static String builtInPath(String lang, String page) {
        return "home".equals(page) ? "/" : SLUGS.getOrDefault(lang, SLUGS.get("vi")).get(page);
    }

    static String kindLabel(SiteKind kind, String lang) {
        return KIND_LABELS.get(kind)["en".equals(lang) ? 1 : 0];
    }

    /** URL of a path of the site in a locale: base + ("/en" unless Vietnamese) + path. */
    static String link(String base, String lang, String path) {
        String prefix = "vi".equals(lang) ? "" : "/" + lang;
        String p = "/".equals(path) ? "/" : path;
        String url = base + prefix + p;
        return url.isEmpty() ? "/" : url;
    }

    /**
     * @param base      the site's path base ("" or "/s/key")
     * @param page      which built-in page is shown (for the menu's current mark), or null
     * @param path      the path inside the site, without locale (for the language switch and the menu's marks)
     * @param ownMenu   the site's own main-menu entries, shown after the four required ones
     */
    static Map<String, Object> build(Site site, String lang, String base, String themeName, String title,
            Map<String, Object> msg, String page, String path, Map<String, String> regions, List<MenuItem> ownMenu) {
        Map<String, Object> m = new LinkedHashMap<>();
        String siteName = site.name(lang);
        m.put("lang", lang);
        m.put("title", title == null ? siteName : title + " | " + siteName);
        m.put("description", siteName);
        m.put("sample", site.sample());
        m.put("themeUrl", "/theme/" + themeName + "/");
        m.put("msg", msg);
        m.put("year", Integer.toString(Year.now().getValue()));
        m.put("regions", regions);

        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", site.key());
        s.put("name", siteName);
        String agency = site.setting("en".equals(lang) ? "agencyNameEn" : "agencyNameVi");
        s.put("agencyName", agency == null || agency.isBlank() ? siteName : agency);
        for (String k : List.of("owner", "responsiblePerson", "address", "phone", "email")) {
            s.put(k, site.setting(k));
        }
        s.put("homeUrl", link(base, lang, "/"));
        s.put("kindLabel", kindLabel(site.kind(), lang));
        m.put("site", s);

        m.put("menu", MenuModel.build(ownMenu, msg, base, lang, page, path));
        m.put("searchUrl", link(base, lang, SLUGS.get(lang).get("search")));

        List<Map<String, Object>> languages = new ArrayList<>();
        for (String l : site.locales()) {
            Map<String, Object> li = new LinkedHashMap<>();
            li.put("code", l);
            li.put("label", "en".equals(l) ? "English" : "Tiếng Việt");
            li.put("url", link(base, l, translatePath(path, lang, l)));
            li.put("current", l.equals(lang));
            languages.add(li);
        }
        m.put("languages", languages);
        m.put("breadcrumbs", new ArrayList<>());
        return m;
    }

    /** The same built-in page in another language; other paths stay as they are. */
    static String translatePath(String path, String from, String to) {
        for (var e : SLUGS.get(from).entrySet()) {
            if (e.getValue().equals(path)) {
                return SLUGS.get(to).get(e.getKey());
            }
        }
        return path;
    }

    static Map<String, Object> item(String label, String url, boolean current) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("label", label);
        i.put("url", url);
        i.put("current", current);
        return i;
    }

    @SuppressWarnings("unchecked")
    static String text(Map<String, Object> msg, String... keys) {
        Object node = msg;
        for (String k : keys) {
            node = node instanceof Map ? ((Map<String, Object>) node).get(k) : null;
        }
        return node == null ? String.join(".", keys) : node.toString();
    }
}
