package vn.portal.kernel.api.plugin;

import java.util.Set;
import java.util.regex.Pattern;

/** Rules for plugin ids, which become URL segments, permission prefixes and table prefixes. */
public final class PluginIds {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]{1,29}");

    /** Path segments under /api/v1 the kernel keeps for itself. */
    public static final Set<String> RESERVED = Set.of(
            "sites", "plugins", "auth", "users", "groups", "roles", "grants", "catalogs",
            "admin", "health", "events", "kernel", "api", "theme", "s", "audit", "endpoints");

    private PluginIds() {
    }

    /** @return null when valid, else a sentence saying what is wrong. */
    public static String problem(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            return "plugin id '" + id + "' must be 2-30 lower-case letters or digits, starting with a letter"
                    + " (it becomes a table prefix and URL segment)";
        }
        if (RESERVED.contains(id)) {
            return "plugin id '" + id + "' is reserved by the kernel";
        }
        return null;
    }

    /** Table-name prefix every table of the plugin must start with. */
    public static String tablePrefix(String id) {
        return id + "_";
    }
}
