package vn.portal.kernel.api.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's part of the sample data the portal was started with: the files under
 * {@code sites/<seed>/<pluginId>/} of the repository, bundled into the kernel at build time
 * ({@code portal.seed} in portal.properties names the seed; {@code none} means no sample data).
 * Read-only. Paths are relative to the plugin's folder, separated by {@code /}, without
 * {@code ..}; a plugin typically reads its files on {@code start()} and loads them only into
 * sites that are still empty, so a restart loads nothing twice.
 */
public interface SeedData {

    /** No sample data (the seed {@code none}, or tests). */
    SeedData NONE = new SeedData() {
        @Override
        public String name() {
            return "";
        }

        @Override
        public Optional<InputStream> open(String path) {
            return Optional.empty();
        }

        @Override
        public List<String> list(String folder) {
            return List.of();
        }
    };

    /** The seed's name ({@code portal.seed}, e.g. {@code demo}), or empty when there is none. */
    String name();

    /** The file at this path of the plugin's seed folder, or empty when there is none. */
    Optional<InputStream> open(String path) throws IOException;

    /**
     * Names of the files (not folders) directly in this folder of the plugin's seed folder
     * ({@code ""} for the folder itself), sorted; empty when the folder does not exist.
     */
    List<String> list(String folder) throws IOException;

    /** Whether there is sample data for this plugin at all. */
    default boolean isEmpty() throws IOException {
        return name().isEmpty() || list("").isEmpty();
    }
}
