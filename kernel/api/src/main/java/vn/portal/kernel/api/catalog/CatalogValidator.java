package vn.portal.kernel.api.catalog;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Checks entries of one catalog beyond what every catalog needs (a code, a Vietnamese name,
 * sane dates, existing parents and successors). Built in for the kernel's catalogs; a plugin
 * adds rules — to its own catalog or to a built-in one — by declaring an extension.
 */
public interface CatalogValidator extends ExtensionPoint {

    String catalog();

    /**
     * @param lookup the catalogs as stored, to check references to other catalogs
     * @return the problems, each naming its field; empty when the entry is valid
     */
    List<CatalogProblem> check(CatalogEntry entry, Catalogs lookup);
}
