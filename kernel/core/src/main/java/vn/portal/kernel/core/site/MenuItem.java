package vn.portal.kernel.core.site;

import java.util.List;

/**
 * An entry of a site's main menu, as stored, sent and received. The four required entries
 * carry their {@code key} (home, introduction, services, sitemap) and {@code required=true};
 * the site's own entries have no key and may have {@code children} (one level below).
 *
 * @param target a path inside the site ({@code /tin-tuc}) or an absolute http(s) address
 */
public record MenuItem(String key, Boolean required, String labelVi, String labelEn, String target,
        List<MenuItem> children) {

    public MenuItem {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** One of the site's own entries. */
    public static MenuItem own(String labelVi, String labelEn, String target, List<MenuItem> children) {
        return new MenuItem(null, false, labelVi, labelEn, target, children);
    }

    /** One of the four required entries (named so that JSON-B does not take it for a property). */
    public boolean requiredEntry() {
        return Boolean.TRUE.equals(required) || (key != null && MenuValidator.REQUIRED.contains(key));
    }

    /** The label for a language: English falls back to Vietnamese. */
    public String label(String lang) {
        return "en".equals(lang) && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi;
    }

    /** Points outside the portal (an http or https address). */
    public boolean external() {
        return target != null && !target.startsWith("/");
    }
}
