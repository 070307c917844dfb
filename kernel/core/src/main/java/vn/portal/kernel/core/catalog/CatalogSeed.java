package vn.portal.kernel.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads {@code sites/<name>/catalog/<catalog>.csv} (bundled into the kernel at build time)
 * into each built-in catalog that is still empty, in an order where references resolve:
 * units before the agencies in them, sectors before procedures.
 */
public final class CatalogSeed {

    static final List<String> ORDER = List.of("admin-units", "agencies", "sectors", "document-types", "procedures");

    private CatalogSeed() {
    }

    /** @return entries loaded, per catalog that was empty and has a seed file */
    public static String load(String seed, CatalogImporter importer, CatalogService catalogs) {
        StringBuilder loaded = new StringBuilder();
        for (String catalog : ORDER) {
            String resource = "seed/sites/" + seed + "/catalog/" + catalog + ".csv";
            try (InputStream in = CatalogSeed.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null || catalogs.count(catalog) > 0) {
                    continue;
                }
                ImportReport r = importer.importFile(catalog, in.readAllBytes(), CatalogFormat.CSV, false, "system",
                        ImportProgress.NONE);
                if (!r.ok()) {
                    throw new IllegalStateException("The seed catalog " + resource + " has errors: " + r.errors().stream()
                            .map(e -> "row " + e.row() + " " + e.field() + ": " + e.message())
                            .collect(Collectors.joining("; ")));
                }
                loaded.append(loaded.length() == 0 ? "" : ", ").append(catalog).append(' ').append(r.created());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return loaded.toString();
    }
}
