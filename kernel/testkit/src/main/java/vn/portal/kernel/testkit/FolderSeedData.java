package vn.portal.kernel.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.portal.kernel.api.plugin.SeedData;

/**
 * {@link SeedData} read from a folder, for tests: a plugin's folder of the repository's seed
 * ({@code sites/demo/<pluginId>}, say) or one a test writes. Paths are checked like the
 * kernel's: relative, no {@code ..}.
 */
public final class FolderSeedData implements SeedData {

    private final String name;
    private final Path folder;

    public FolderSeedData(String name, Path folder) {
        this.name = name;
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        Path p = resolve(path);
        return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
    }

    @Override
    public List<String> list(String folderPath) throws IOException {
        Path dir = folderPath.isEmpty() ? folder : resolve(folderPath);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path resolve(String path) {
        Path p = folder.resolve(path).normalize();
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !p.startsWith(folder)) {
            throw new IllegalArgumentException("Not a path inside the plugin's seed folder: '" + path + "'");
        }
        return p;
    }
}
