package vn.portal.kernel.it.probe;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/** A test plugin exercising every kernel contribution; built into a jar by the testkit. */
public class ProbePlugin extends PortalPlugin {

    public ProbePlugin(PluginContext context) {
        super(context);
    }
}
