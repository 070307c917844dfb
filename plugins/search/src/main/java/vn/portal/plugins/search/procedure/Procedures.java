package vn.portal.plugins.search.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;

/**
 * The administrative procedures of the shared catalog, and the site each belongs to: the site
 * of the agency that handles it, else of the nearest agency above it, else the province.
 */
final class Procedures {

    static final String CATALOG = "procedures";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE = 1000;

    private final PluginContext context;

    Procedures(PluginContext context) {
        this.context = context;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** Every procedure valid today and not withdrawn. */
    List<CatalogEntry> all() {
        List<CatalogEntry> out = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<CatalogEntry> page = context.catalogs().search(CATALOG, null, null, today(), offset, PAGE);
            page.stream().filter(Procedures::active).forEach(out::add);
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    Optional<CatalogEntry> find(String code) {
        return context.catalogs().find(CATALOG, code, today()).filter(Procedures::active);
    }

    static boolean active(CatalogEntry e) {
        return e.status() == null || "ACTIVE".equalsIgnoreCase(e.status());
    }

    /** The key of the site a procedure belongs to, or null when there is no site at all. */
    String ownerSite(CatalogEntry procedure) {
        Map<String, String> siteByAgency = new HashMap<>();
        Site root = null;
        for (Site s : context.sites().all()) {
            if (s.agencyCode() != null) {
                siteByAgency.putIfAbsent(s.agencyCode(), s.key());
            }
            if (s.parentKey() == null && (root == null || s.kind() == vn.portal.kernel.api.site.SiteKind.PROVINCE)) {
                root = s;
            }
        }
        Set<String> seen = new HashSet<>();
        for (String agency = procedure.attributes().get("agency"); agency != null && seen.add(agency);
                agency = context.catalogs().find("agencies", agency, today()).map(CatalogEntry::parentCode).orElse(null)) {
            String site = siteByAgency.get(agency);
            if (site != null) {
                return site;
            }
        }
        return root == null ? null : root.key();
    }

    /** The name of a catalog entry in the language, or the code when it is unknown. */
    String name(String catalog, String code, String locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return context.catalogs().find(catalog, code, today())
                .map(e -> "en".equals(locale) && e.nameEn() != null && !e.nameEn().isBlank() ? e.nameEn() : e.nameVi())
                .orElse(code);
    }

    /** The administrative unit (catalog code) of an agency, or null. */
    String unitOf(String agency) {
        return context.catalogs().find("agencies", agency, today()).map(e -> e.attributes().get("unit")).orElse(null);
    }

    /** The public page of a procedure on its site, in the language. */
    String url(String siteKey, String code, String locale) {
        return context.sites().url(siteKey) + ("vi".equals(locale) ? "" : locale + "/") + ProcedurePage.PATH + "/"
                + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
