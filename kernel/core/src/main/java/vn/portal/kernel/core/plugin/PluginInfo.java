package vn.portal.kernel.core.plugin;

import java.util.List;
import vn.portal.kernel.api.security.PermissionDefinition;

/** A plugin as the REST API and admin UI show it. */
public record PluginInfo(String id, String version, String requires, String state, String error, String file,
        List<String> enabledSites, List<PermissionDefinition> permissions) {
}
