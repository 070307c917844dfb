package vn.portal.kernel.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code portal-home/config/portal.properties}, read once at start (UTF-8).
 * {@code ${portal.home}} in a value is replaced by the home folder. A system
 * property of the same name overrides a file value. Unknown kernel keys are
 * rejected so that a typo does not silently fall back to a default.
 */
public final class PortalConfig {

    /** Keys the kernel understands; plugins own {@code plugin.<id>.*}. */
    static final Set<String> KERNEL_KEYS = Set.of(
            "db.url", "db.user", "db.password",
            "portal.base-url", "portal.default-site", "portal.seed",
            "events.dispatcher.enabled", "events.max-attempts",
            "admin.username", "session.idle-minutes", "session.idle-minutes.user",
            "password.min-length", "password.min-length.mfa", "password.history",
            "login.max-failures", "login.ip-max-failures", "accounts.inactive-days", "accounts.inactive-exempt", "audit.retention-days",
            "oidc.issuer", "oidc.client-id", "oidc.client-secret", "oidc.redirect-path", "oidc.scopes",
            "oidc.groups-claim", "oidc.role-mapping", "cache.max-mb", "cache.max-age-seconds", "cache.shared-max-age");

    public static final String DEFAULT_H2_URL =
            "jdbc:h2:file:${portal.home}/data/portal;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private final PortalHome home;
    private final Map<String, String> values;

    private PortalConfig(PortalHome home, Map<String, String> values) {
        this.home = home;
        this.values = values;
    }

    public static PortalConfig load(PortalHome home) {
        Path file = home.config().resolve("portal.properties");
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            values.put(name, p.getProperty(name).trim());
        }
        for (String name : KERNEL_KEYS) {
            String sys = System.getProperty(name);
            if (sys != null) {
                values.put(name, sys);
            }
        }
        for (String name : values.keySet()) {
            if (!KERNEL_KEYS.contains(name) && !name.startsWith("plugin.")) {
                throw new IllegalStateException("Unknown setting '" + name + "' in " + file
                        + ". Known settings: " + new java.util.TreeSet<>(KERNEL_KEYS) + " and plugin.<id>.*");
            }
        }
        return new PortalConfig(home, values);
    }

    public static PortalConfig of(PortalHome home, Map<String, String> values) {
        return new PortalConfig(home, new TreeMap<>(values));
    }

    public PortalHome home() {
        return home;
    }

    public Optional<String> get(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(v.replace("${portal.home}", home.root().toString().replace('\\', '/')));
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int getInt(String name, int fallback) {
        return get(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("Setting '" + name + "' must be a whole number, not '" + v + "'");
            }
        }).orElse(fallback);
    }

    public boolean getBoolean(String name, boolean fallback) {
        return get(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    public String dbUrl() {
        return get("db.url").orElse(DEFAULT_H2_URL.replace("${portal.home}", home.root().toString()));
    }
}
