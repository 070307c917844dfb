package vn.portal.kernel.it.probe;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import vn.portal.kernel.api.scheduler.ScheduledJob;

/** Counts its runs, so a test can see the kernel's scheduler running plugin jobs. */
public class ProbeJob implements ScheduledJob {

    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public String id() {
        return "tick";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run() {
        RUNS.incrementAndGet();
    }
}
