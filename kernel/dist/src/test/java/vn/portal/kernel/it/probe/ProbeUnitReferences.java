package vn.portal.kernel.it.probe;

import java.util.List;
import vn.portal.kernel.api.catalog.CatalogReference;
import vn.portal.kernel.api.catalog.CatalogReferences;
import vn.portal.kernel.api.plugin.PluginContext;

/** Probe items that name an administrative unit, found and moved on a merge. */
public class ProbeUnitReferences implements CatalogReferences {

    private final PluginContext context;

    public ProbeUnitReferences(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<CatalogReference> find(String catalog, String code) {
        if (!"admin-units".equals(catalog)) {
            return List.of();
        }
        return context.transactions().required(() -> context.persistence().entityManager()
                .createQuery("select i from ProbeItem i where i.unitCode = :code", ProbeItem.class)
                .setParameter("code", code).getResultList().stream()
                .map(i -> new CatalogReference("probe item", i.id, i.title, i.site)).toList());
    }

    @Override
    public int reassign(String catalog, String oldCode, String newCode, List<String> ids) {
        return context.transactions().required(() -> context.persistence().entityManager()
                .createQuery("update ProbeItem i set i.unitCode = :next where i.unitCode = :old and i.id in :ids")
                .setParameter("next", newCode).setParameter("old", oldCode).setParameter("ids", ids).executeUpdate());
    }
}
