package vn.portal.kernel.it.probe;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;

/** Keeps the events of other plugins (e-form dossiers) in memory, by id, so scenarios can read their payloads. */
public class ProbeEventLog implements EventListener {

    static final Map<String, PortalEvent> EVENTS = new ConcurrentHashMap<>();

    @Override
    public Set<String> eventTypes() {
        return Set.of("eform.*");
    }

    @Override
    public void onEvent(PortalEvent event) {
        EVENTS.putIfAbsent(event.id(), event);
    }
}
