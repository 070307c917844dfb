package vn.portal.kernel.api.plugin;

import org.pf4j.Plugin;

/**
 * Base class of every portal plugin. The kernel constructs it with the plugin's
 * {@link PluginContext}; a plugin never reaches into kernel internals.
 * Override {@link #start()} / {@link #stop()} for lifecycle work; migrations and
 * extension wiring are done by the kernel before {@code start()} is called.
 */
public abstract class PortalPlugin extends Plugin {

    private final PluginContext context;

    protected PortalPlugin(PluginContext context) {
        this.context = context;
    }

    public PluginContext context() {
        return context;
    }
}
