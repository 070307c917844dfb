package vn.portal.kernel.api.catalog;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Finds and moves references to catalog codes. When an administrative unit is merged or
 * split, the admin lists what still points at the old code and reassigns it to a successor
 * in one step; the kernel answers for sites, each plugin for its own data.
 */
public interface CatalogReferences extends ExtensionPoint {

    /** What refers to this code of the catalog. */
    List<CatalogReference> find(String catalog, String code);

    /**
     * Points the given references (ids from {@link #find}) at {@code newCode} instead of
     * {@code oldCode}. Runs inside the caller's transaction.
     *
     * @return how many were changed
     */
    int reassign(String catalog, String oldCode, String newCode, List<String> ids);
}
