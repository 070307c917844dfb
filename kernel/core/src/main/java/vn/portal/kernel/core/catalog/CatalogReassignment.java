package vn.portal.kernel.core.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogReference;
import vn.portal.kernel.api.catalog.CatalogReferences;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.site.SiteService;

/**
 * After a merge or split: which sites and which plugin data (content, …) still name a code
 * that is no longer valid, and moving all of them to a successor in one transaction.
 */
@ApplicationScoped
public class CatalogReassignment {

    /** Who answers for a reference: "kernel" for sites, else the plugin id. */
    public record Found(String owner, CatalogReference reference) {
    }

    /** An ended entry that is still referred to. */
    public record Replaced(CatalogEntry entry, List<Found> references) {
    }

    @Inject
    CatalogService catalogs;
    @Inject
    SiteService sites;
    @Inject
    AuditLog audit;

    /** What refers to the code: sites, then each started plugin's data. */
    public List<Found> references(String catalog, String code) {
        List<Found> out = new ArrayList<>();
        for (var site : sites.all()) {
            if (("admin-units".equals(catalog) && code.equals(site.unitCode()))
                    || ("agencies".equals(catalog) && code.equals(site.agencyCode()))) {
                out.add(new Found("kernel", new CatalogReference("site", site.key(), site.nameVi(), site.key())));
            }
        }
        for (Contribution<CatalogReferences> c : catalogs.contributions(CatalogReferences.class)) {
            c.extension().find(catalog, code).forEach(r -> out.add(new Found(c.pluginId(), r)));
        }
        return out;
    }

    /** Entries of the catalog that have ended by {@code at} and are still referred to. */
    public List<Replaced> replaced(String catalog, LocalDate at) {
        List<Replaced> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        catalogs.each(catalog, e -> {
            if (e.validTo() != null && !e.validTo().isAfter(at) && !seen.contains(e.code())
                    && catalogs.find(catalog, e.code(), at).isEmpty()) {
                seen.add(e.code());
            }
        });
        for (String code : seen) {
            List<Found> refs = references(catalog, code);
            if (!refs.isEmpty()) {
                List<CatalogEntry> versions = catalogs.history(catalog, code);
                out.add(new Replaced(versions.get(versions.size() - 1), refs));
            }
        }
        return out;
    }

    /**
     * Moves every reference to {@code oldCode} onto {@code newCode} (which must be valid today),
     * sites and plugin data together, or nothing.
     *
     * @return how many references were moved
     */
    @Transactional(rollbackOn = Exception.class)
    public int reassign(String catalog, String oldCode, String newCode, String actor) {
        if (catalogs.find(catalog, newCode, LocalDate.now()).isEmpty()) {
            throw PortalException.invalid("'" + newCode + "' is not a current entry of " + catalog,
                    java.util.Map.of("newCode", "pick one of the successors"));
        }
        List<Found> refs = references(catalog, oldCode);
        int moved = sites.reassignCode(catalog, oldCode, newCode, refs.stream()
                .filter(f -> f.owner().equals("kernel")).map(f -> f.reference().id()).toList());
        for (Contribution<CatalogReferences> c : catalogs.contributions(CatalogReferences.class)) {
            List<String> ids = refs.stream().filter(f -> f.owner().equals(c.pluginId()))
                    .map(f -> f.reference().id()).toList();
            if (!ids.isEmpty()) {
                moved += c.extension().reassign(catalog, oldCode, newCode, ids);
            }
        }
        audit.record("catalog.reassigned", catalog + "/" + oldCode, null, null,
                moved + " reference(s) moved to " + newCode + " by " + actor);
        return moved;
    }
}
