package vn.portal.kernel.core.site;

import java.util.List;
import java.util.Map;

/** A site as written by administrators, the REST API and sites/demo files. */
public record SiteInput(
        String key,
        String nameVi,
        String nameEn,
        String kind,
        String parent,
        String agencyCode,
        String unitCode,
        List<String> hosts,
        String pathPrefix,
        List<String> locales,
        String theme,
        Boolean sample,
        Map<String, String> settings) {
}
