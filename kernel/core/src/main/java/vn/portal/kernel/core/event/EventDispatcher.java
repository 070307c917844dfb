package vn.portal.kernel.core.event;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.core.common.NodeId;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * Delivers outbox events at least once. Wakes on every commit that wrote an event
 * and polls twice a second for retries and for work left by a crash.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeliveryStore store;

    @Inject
    DeliveryRunner runner;

    @Inject
    ListenerDirectory listeners;

    @Inject
    PortalConfig config;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private volatile boolean running;
    private boolean woken;
    private Future<?> loop;

    public void start() {
        if (!config.getBoolean("events.dispatcher.enabled", true)) {
            LOG.warning("Event dispatcher is switched off (events.dispatcher.enabled=false): events stay in the outbox");
            return;
        }
        running = true;
        loop = executor.submit(this::run);
    }

    public void stop() {
        running = false;
        wake();
        if (loop != null) {
            try {
                loop.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                loop.cancel(true);
            }
        }
    }

    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (running) {
            int handled = 0;
            try {
                handled = dispatchDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Event dispatch round failed; retrying shortly: " + e.getMessage(), e);
            }
            if (handled == 0) {
                await(Duration.ofMillis(500));
            }
        }
    }

    /** @return how many deliveries were attempted */
    int dispatchDue() {
        List<DeliveryStore.Due> due = store.claimDue(NodeId.get(), BATCH);
        int maxAttempts = config.getInt("events.max-attempts", 12);
        for (DeliveryStore.Due d : due) {
            Optional<RegisteredListener> listener = listeners.listener(d.listenerId());
            if (listener.isEmpty()) {
                // its plugin is stopped or being reloaded: keep the delivery, try later
                store.postpone(d, Duration.ofSeconds(5));
                continue;
            }
            try {
                runner.deliver(d, listener.get());
            } catch (Exception e) {
                Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
                LOG.log(Level.WARNING, "[plugin=" + d.listenerId().split(":")[0] + " site=" + d.event().siteKey()
                        + "] listener " + d.listenerId() + " failed on event " + d.event().type() + " " + d.event().id()
                        + " (try " + (d.attempts() + 1) + "): " + cause);
                store.recordFailure(d, String.valueOf(cause), maxAttempts);
            }
        }
        return due.size();
    }

    private void await(Duration max) {
        lock.lock();
        try {
            if (!woken) {
                signal.await(max.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
