package vn.portal.plugins.search.api;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Optional companion of an {@link Indexable}: the readable names of the facet values its
 * documents carry ("legal-document" → "Văn bản", a category slug → its name), so the search
 * page shows names, not codes. Sectors, units, sites, years and languages are named by the
 * search plugin itself.
 */
public interface FacetLabels extends ExtensionPoint {

    /**
     * @param dimension "type" or "category"
     * @param siteKey   the site being searched (category slugs are per site)
     * @param locale    "vi", "en", …
     * @return the label, or empty when this plugin does not know the value
     */
    Optional<String> label(String dimension, String value, String siteKey, String locale);
}
