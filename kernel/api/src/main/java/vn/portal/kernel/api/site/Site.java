package vn.portal.kernel.api.site;

import java.util.List;
import java.util.Map;

/**
 * A portal site as plugins see it. Immutable snapshot.
 *
 * @param key        URL-safe identifier, e.g. {@code so-tttt}
 * @param parentKey  null for a root site
 * @param agencyCode electronic agency identifier of the owner (catalog code)
 * @param unitCode   administrative unit code (catalog code), may be null
 * @param hosts      host names served by this site (may be empty: then only the path prefix)
 * @param locales    the first is the default locale
 * @param settings   free-form settings (owner, address, phone, email, …)
 * @param sample     true for demo data that must not be mistaken for real data
 */
public record Site(
        String key,
        String nameVi,
        String nameEn,
        SiteKind kind,
        String parentKey,
        String agencyCode,
        String unitCode,
        List<String> hosts,
        String pathPrefix,
        List<String> locales,
        String theme,
        SiteStatus status,
        String redirectTo,
        boolean sample,
        Map<String, String> settings) {

    public Site {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        locales = locales == null || locales.isEmpty() ? List.of("vi") : List.copyOf(locales);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    public String name(String locale) {
        return "en".equals(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    public String setting(String name) {
        return settings.get(name);
    }
}
