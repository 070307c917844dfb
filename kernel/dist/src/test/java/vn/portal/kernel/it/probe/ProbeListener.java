package vn.portal.kernel.it.probe;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;

/** Records each event it receives; can be told to fail the next N deliveries. */
public class ProbeListener implements EventListener {

    static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    private final PluginContext context;

    public ProbeListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("probe.*");
    }

    @Override
    public void onEvent(PortalEvent event) {
        if (FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("probe told to fail");
        }
        context.transactions().required(() -> {
            EntityManager em = context.persistence().entityManager();
            ProbeReceived r = em.find(ProbeReceived.class, event.id());
            if (r == null) {
                r = new ProbeReceived();
                r.eventId = event.id();
                r.eventType = event.type();
                em.persist(r);
            }
            r.times++;
        });
    }
}
