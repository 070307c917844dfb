package vn.portal.plugins.search.index;

import java.time.Instant;

/**
 * Where the last full rebuild stands: running (with its progress) or finished (ok or failed).
 * A class with getters, as the admin page reads it through EL.
 */
public final class RebuildStatus {

    private final boolean running;
    private final String reason;
    private final int sitesDone;
    private final int sitesTotal;
    private final long documents;
    private final long expected;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final String error;

    RebuildStatus(boolean running, String reason, int sitesDone, int sitesTotal, long documents, long expected,
            Instant startedAt, Instant finishedAt, String error) {
        this.running = running;
        this.reason = reason;
        this.sitesDone = sitesDone;
        this.sitesTotal = sitesTotal;
        this.documents = documents;
        this.expected = expected;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.error = error;
    }

    /** 0–100: documents against those the old index held, else sites done; 100 only when finished. */
    public int getPercent() {
        if (!running) {
            return finishedAt == null ? 0 : 100;
        }
        double share = expected > 0 ? (double) documents / expected
                : sitesTotal == 0 ? 0 : (double) sitesDone / sitesTotal;
        return (int) Math.max(0, Math.min(99, Math.floor(share * 100)));
    }

    public boolean isRunning() {
        return running;
    }

    /** "start" (the index was missing or damaged), "admin", "schedule", … */
    public String getReason() {
        return reason;
    }

    public int getSitesDone() {
        return sitesDone;
    }

    public int getSitesTotal() {
        return sitesTotal;
    }

    public long getDocuments() {
        return documents;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Null unless the rebuild failed (the old index stayed in use). */
    public String getError() {
        return error;
    }
}
