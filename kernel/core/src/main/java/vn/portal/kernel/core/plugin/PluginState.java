package vn.portal.kernel.core.plugin;

/** A plugin's state as the kernel reports it. */
public enum PluginState {
    /** Loaded and resolved, not running. */
    STOPPED,
    STARTED,
    /** Could not be loaded or started; {@link PluginRuntime#error()} says why. */
    FAILED
}
