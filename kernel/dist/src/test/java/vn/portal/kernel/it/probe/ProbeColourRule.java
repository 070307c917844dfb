package vn.portal.kernel.it.probe;

import java.util.List;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogProblem;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.catalog.Catalogs;

/** A plugin's rule for its catalog: every colour has a hex value. */
public class ProbeColourRule implements CatalogValidator {

    @Override
    public String catalog() {
        return "probe-colours";
    }

    @Override
    public List<CatalogProblem> check(CatalogEntry entry, Catalogs lookup) {
        String hex = entry.attributes().get("hex");
        return hex != null && hex.matches("#[0-9a-f]{6}") ? List.of()
                : List.of(new CatalogProblem("hex", "a colour needs hex like #1a2b3c, not '" + hex + "'"));
    }
}
