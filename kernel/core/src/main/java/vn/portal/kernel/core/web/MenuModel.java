package vn.portal.kernel.core.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;

/**
 * The {@code menu} of the theme model: the four required entries (labels from the theme's
 * messages), then the site's own entries with their sub-entries. Every item has the same keys,
 * so a Mustache lookup never falls through to an enclosing item:
 * {@code label, url, current} (this page: aria-current), {@code active} (this page or below it),
 * {@code external}, {@code fallback} (an English page showing the Vietnamese label),
 * {@code hasChildren}, {@code children}.
 */
final class MenuModel {

    private MenuModel() {
    }

    /**
     * @param page which built-in page is shown, or null
     * @param path the path inside the site, without locale
     */
    static List<Map<String, Object>> build(List<MenuItem> own, Map<String, Object> msg, String base, String lang,
            String page, String path) {
        List<Map<String, Object>> menu = new ArrayList<>();
        for (String key : MenuValidator.REQUIRED) {
            boolean current = key.equals(page);
            menu.add(item(PageModel.text(msg, "menu", key), PageModel.link(base, lang, PageModel.builtInPath(lang, key)),
                    current, current, false, false, List.of()));
        }
        for (MenuItem e : own) {
            List<Map<String, Object>> children = new ArrayList<>();
            boolean childActive = false;
            for (MenuItem c : e.children()) {
                Map<String, Object> child = own(c, base, lang, path, List.of(), false);
                childActive |= (Boolean) child.get("active");
                children.add(child);
            }
            menu.add(own(e, base, lang, path, children, childActive));
        }
        return menu;
    }

    private static Map<String, Object> own(MenuItem e, String base, String lang, String path,
            List<Map<String, Object>> children, boolean childActive) {
        boolean external = e.external();
        String url = external ? e.target() : PageModel.link(base, lang, e.target());
        boolean current = !external && isCurrent(e.target(), path);
        boolean active = current || childActive || (!external && isBelow(e.target(), path));
        boolean fallback = "en".equals(lang) && (e.labelEn() == null || e.labelEn().isBlank());
        return item(e.label(lang), url, current, active, external, fallback, children);
    }

    /** The page is the target itself (a target with a query names a filtered view, never "this page"). */
    static boolean isCurrent(String target, String path) {
        if (path == null || target.contains("?") || target.contains("#")) {
            return false;
        }
        return strip(target).equals(strip(path));
    }

    /** The page is the target or lies below it (an item below its listing), the site's home aside. */
    static boolean isBelow(String target, String path) {
        if (path == null) {
            return false;
        }
        String t = strip(target.split("[?#]", 2)[0]);
        String p = strip(path);
        return !"/".equals(t) && (p.equals(t) || p.startsWith(t + "/"));
    }

    private static String strip(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, Object> item(String label, String url, boolean current, boolean active, boolean external,
            boolean fallback, List<Map<String, Object>> children) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("label", label);
        i.put("url", url);
        i.put("current", current);
        i.put("active", active);
        i.put("external", external);
        i.put("fallback", fallback);
        i.put("hasChildren", !children.isEmpty());
        i.put("children", children);
        return i;
    }
}
