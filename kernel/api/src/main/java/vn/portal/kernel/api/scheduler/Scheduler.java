package vn.portal.kernel.api.scheduler;

import java.time.Instant;

/** One-off timed work; recurring work is declared as {@link ScheduledJob}. */
public interface Scheduler {

    /**
     * Runs the job once at or soon after {@code when} on one node. The job is
     * identified by {@code <pluginId>:<jobId>}; scheduling it again replaces the time.
     */
    void runOnceAt(String jobId, Instant when, Runnable job);
}
