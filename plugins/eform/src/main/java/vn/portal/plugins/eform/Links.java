package vn.portal.plugins.eform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.portal.kernel.api.site.Sites;

/** The public addresses of the plugin's pages on a site, in a language. */
final class Links {

    static final String SERVICES = "/dich-vu-cong";
    static final String SERVICES_EN = "/online-services";
    static final String TRACK = "/ho-so/tra-cuu";
    static final String RECEIPT = "/ho-so/bien-nhan";
    static final String PRINT = "/ho-so/ban-in";
    static final String MINE = "/ho-so/cua-toi";

    private final Sites sites;

    Links(Sites sites) {
        this.sites = sites;
    }

    /** Absolute URL of a path of the site: {@code https://host/s/key/en/path}. */
    String page(String siteKey, String locale, String path) {
        String base = sites.url(siteKey);
        return base + ("en".equals(locale) ? "en" : "") + ("en".equals(locale) ? path : path.substring(1));
    }

    /** Site-relative URL for links inside pages (same as {@link #page}; kept absolute so it works behind any prefix). */
    String services(String siteKey, String locale) {
        return page(siteKey, locale, "en".equals(locale) ? SERVICES_EN : SERVICES);
    }

    String form(String siteKey, String locale, String formKey) {
        return page(siteKey, locale, SERVICES + "/" + formKey);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
