package vn.portal.kernel.core.rest;

import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;

/** A site as the REST API returns it, with its public URL. */
public record SiteView(String key, String nameVi, String nameEn, String kind, String parent, String agencyCode,
        String unitCode, List<String> hosts, String pathPrefix, List<String> locales, String theme, String status,
        String redirectTo, boolean sample, Map<String, String> settings, String url) {

    static SiteView of(Site s, String url) {
        return new SiteView(s.key(), s.nameVi(), s.nameEn(), s.kind().name(), s.parentKey(), s.agencyCode(),
                s.unitCode(), s.hosts(), s.pathPrefix(), s.locales(), s.theme(), s.status().name(), s.redirectTo(),
                s.sample(), s.settings(), url);
    }
}
