package vn.portal.kernel.core.plugin;

/** An extension instance together with the plugin that contributed it. */
public record Contribution<T>(String pluginId, T extension) {
}
