package vn.portal.kernel.core.scheduler;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.kernel.core.common.NodeId;

/**
 * Runs the {@link ScheduledJob}s of started plugins. Every second each job's row is
 * offered for claiming; the node that wins runs it (cluster-safe without Hazelcast).
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    /** A job and the id it is stored under: {@code <pluginId>:<jobId>}. */
    public record RegisteredJob(String id, ScheduledJob job, ClassLoader classLoader) {
    }

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    JobStore store;

    private Supplier<List<RegisteredJob>> jobs = List::of;
    private ScheduledFuture<?> tick;
    private final Map<String, ScheduledFuture<?>> oneOffs = new ConcurrentHashMap<>();

    public void start(Supplier<List<RegisteredJob>> jobSource) {
        this.jobs = jobSource;
        tick = executor.scheduleWithFixedDelay(this::runDue, 1, 1, TimeUnit.SECONDS);
    }

    public void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
        oneOffs.values().forEach(f -> f.cancel(false));
    }

    void runDue() {
        for (RegisteredJob r : jobs.get()) {
            try {
                Duration interval = r.job().interval();
                if (store.claim(r.id(), Instant.now().plus(interval), interval, NodeId.get())) {
                    run(r);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "[plugin=" + r.id().split(":")[0] + "] scheduler could not claim job " + r.id()
                        + ": " + e.getMessage(), e);
            }
        }
    }

    private void run(RegisteredJob r) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(r.classLoader());
        try {
            r.job().run();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "[plugin=" + r.id().split(":")[0] + "] job " + r.id() + " failed: " + e, e);
            store.recordError(r.id(), String.valueOf(e));
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /**
     * Schedules one run on this node; scheduling the same id again replaces it. A run due at once
     * can start on the executor before this method has stored its future, and a job that schedules
     * its next run (the notification sender does) would then have that next run cancelled as "the
     * previous one" when this method goes on — the job stopped for good, silently. So storing the
     * future and a run's removal of its own entry are done under one lock, and a run removes only
     * itself.
     */
    public void runOnceAt(String id, Instant when, Runnable job) {
        long delay = Math.max(0, Duration.between(Instant.now(), when).toMillis());
        java.util.concurrent.atomic.AtomicReference<ScheduledFuture<?>> self = new java.util.concurrent.atomic.AtomicReference<>();
        synchronized (oneOffs) {
            ScheduledFuture<?> future = executor.schedule(() -> {
                synchronized (oneOffs) {
                    oneOffs.remove(id, self.get());
                }
                job.run();
            }, delay, TimeUnit.MILLISECONDS);
            self.set(future);
            ScheduledFuture<?> previous = oneOffs.put(id, future);
            if (previous != null && previous != future) {
                previous.cancel(false);
            }
        }
    }
}
