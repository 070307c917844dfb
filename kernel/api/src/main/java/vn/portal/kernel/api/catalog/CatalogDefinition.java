package vn.portal.kernel.api.catalog;

import org.pf4j.ExtensionPoint;

/**
 * Declares a catalog. The kernel declares agencies, admin-units, sectors, procedures and
 * document-types; a plugin that needs its own shared list (ethnicities, say) declares it as
 * an extension, and it can then be imported, exported, browsed and edited like the others.
 */
public interface CatalogDefinition extends ExtensionPoint {

    /** Lower-case name used in URLs and files, e.g. {@code ethnicities}. */
    String name();

    String titleVi();

    String titleEn();

    /** The attribute columns an entry of this catalog usually carries, for forms and exports. */
    default java.util.List<String> attributes() {
        return java.util.List.of();
    }
}
