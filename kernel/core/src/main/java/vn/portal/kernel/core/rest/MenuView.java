package vn.portal.kernel.core.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;
import vn.portal.kernel.core.web.PageModel;

/**
 * A site's whole main menu over REST: the four required entries ({@code required: true}, with
 * their key, labels from the site's theme and their Vietnamese path), then the site's own
 * entries. A PUT sends the same shape back.
 */
public record MenuView(String site, int maxEntries, int maxDepth, List<MenuItem> entries) {

    /** Body of a PUT: the whole menu, required entries first. */
    public record Change(List<MenuItem> entries) {
    }

    /**
     * @param labelsVi the theme's Vietnamese label of each required entry, by key
     * @param labelsEn the same in English
     */
    static MenuView of(String site, List<MenuItem> own, Map<String, String> labelsVi, Map<String, String> labelsEn) {
        List<MenuItem> entries = new ArrayList<>();
        for (String key : MenuValidator.REQUIRED) {
            entries.add(new MenuItem(key, true, labelsVi.get(key), labelsEn.get(key), PageModel.builtInPath("vi", key), List.of()));
        }
        entries.addAll(own);
        return new MenuView(site, MenuValidator.MAX_ENTRIES, MenuValidator.MAX_DEPTH, entries);
    }
}
