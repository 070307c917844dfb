package vn.portal.kernel.it.bad;

import java.util.Set;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;

/** Shipped in a jar that also bundles kernel-api classes (STACK.md trap 2). */
public class BundledListener implements EventListener {
    @Override
    public Set<String> eventTypes() {
        return Set.of("*");
    }

    @Override
    public void onEvent(PortalEvent event) {
    }
}
