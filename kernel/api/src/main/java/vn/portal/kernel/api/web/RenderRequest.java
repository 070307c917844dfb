package vn.portal.kernel.api.web;

import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;

/**
 * A public page request as plugins see it.
 *
 * @param path       the path inside the site, starting with '/', without locale or site prefix
 * @param pathParams values of the route's {name} placeholders
 */
public record RenderRequest(Site site, String locale, String path, Map<String, String> pathParams,
        Map<String, List<String>> query) {

    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
