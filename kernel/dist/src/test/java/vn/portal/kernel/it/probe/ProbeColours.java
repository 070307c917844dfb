package vn.portal.kernel.it.probe;

import java.util.List;
import vn.portal.kernel.api.catalog.CatalogDefinition;

/** A plugin's own catalog, declared through kernel-api. */
public class ProbeColours implements CatalogDefinition {

    @Override
    public String name() {
        return "probe-colours";
    }

    @Override
    public String titleVi() {
        return "Màu thử";
    }

    @Override
    public String titleEn() {
        return "Probe colours";
    }

    @Override
    public List<String> attributes() {
        return List.of("hex");
    }
}
