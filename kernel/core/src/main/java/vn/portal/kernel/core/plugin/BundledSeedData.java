package vn.portal.kernel.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import vn.portal.kernel.api.plugin.SeedData;

/**
 * A plugin's folder of the seed bundled into the kernel ({@code seed/sites/<seed>/<pluginId>/}
 * on the kernel's class path, copied from the repository's {@code sites/} at build time). Files
 * are read as class-path resources; folders are listed from the exploded WAR (a {@code file:}
 * URL, as Payara Micro deploys it) or from a jar (tests that run from a packaged class path).
 */
final class BundledSeedData implements SeedData {

    private final String name;
    private final String root;
    private final ClassLoader loader;

    /**
     * @param seed the {@code portal.seed} value; {@code none} or blank gives no data
     */
    static SeedData of(String seed, String pluginId, ClassLoader loader) {
        if (seed == null || seed.isBlank() || "none".equals(seed)) {
            return SeedData.NONE;
        }
        if (!seed.matches("[a-z0-9-]+")) {
            throw new IllegalStateException("portal.seed must be a folder name under sites/, not '" + seed + "'");
        }
        return new BundledSeedData(seed, "seed/sites/" + seed + "/" + pluginId + "/", loader);
    }

    private BundledSeedData(String name, String root, ClassLoader loader) {
        this.name = name;
        this.root = root;
        this.loader = loader;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<InputStream> open(String path) {
        check(path, false);
        return Optional.ofNullable(loader.getResourceAsStream(root + path));
    }

    @Override
    public List<String> list(String folder) throws IOException {
        check(folder, true);
        String prefix = root + (folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/");
        URL url = loader.getResource(prefix.substring(0, prefix.length() - 1));
        if (url == null) {
            return List.of();
        }
        List<String> names = switch (url.getProtocol()) {
            case "file" -> filesIn(url);
            case "jar" -> entriesIn(url, prefix);
            default -> throw new IOException("Cannot list the seed folder " + url + " (protocol " + url.getProtocol() + ")");
        };
        return names.stream().sorted().toList();
    }

    private static List<String> filesIn(URL url) throws IOException {
        Path dir;
        try {
            dir = Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Bad seed folder address " + url, e);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> entriesIn(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<String> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            // the resource may sit below a folder of the jar (WEB-INF/classes/ in a packed WAR)
            String entry = connection.getEntryName();
            String inJar = entry.endsWith("/") ? entry : entry + "/";
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                String n = e.nextElement().getName();
                if (n.startsWith(inJar) && n.length() > inJar.length() && n.indexOf('/', inJar.length()) < 0) {
                    out.add(n.substring(inJar.length()));
                }
            }
        }
        return out;
    }

    /** Relative, '/'-separated, no '..', no empty parts: a plugin reads only its own folder. */
    private static void check(String path, boolean folder) {
        if (path == null || (!folder && path.isEmpty())) {
            throw new IllegalArgumentException("A seed path is required");
        }
        String p = folder && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.isEmpty()) {
            return;
        }
        if (p.startsWith("/") || p.contains("\\") || p.contains("//")
                || java.util.Arrays.stream(p.split("/")).anyMatch(s -> s.equals("..") || s.equals("."))) {
            throw new IllegalArgumentException("Not a path inside the plugin's seed folder: '" + path + "'");
        }
    }
}
