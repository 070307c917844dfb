package vn.portal.kernel.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The runtime home: {@code config/}, {@code plugins/}, {@code themes/}, {@code data/}, {@code logs/}.
 * Chosen by the {@code portal.home} system property, then the {@code PORTAL_HOME}
 * environment variable, else {@code ./portal-home}.
 */
public final class PortalHome {

    private final Path root;

    public PortalHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static PortalHome fromEnvironment() {
        String value = System.getProperty("portal.home");
        if (value == null || value.isBlank()) {
            value = System.getenv("PORTAL_HOME");
        }
        if (value == null || value.isBlank()) {
            value = "portal-home";
        }
        return new PortalHome(Paths.get(value));
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path plugins() {
        return root.resolve("plugins");
    }

    public Path themes() {
        return root.resolve("themes");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path blobs() {
        return data().resolve("blobs");
    }

    public void createFolders() {
        try {
            for (Path p : new Path[] {config(), plugins(), themes(), data(), blobs(), root.resolve("logs")}) {
                Files.createDirectories(p);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the portal home folders under " + root + ": " + e.getMessage(), e);
        }
    }
}
