package vn.portal.kernel.core.catalog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.core.common.RequestContext;

/**
 * Catalog imports started from the admin UI: they run in the background (100,000 rows take
 * longer than a request should) and the page that started one polls it here by id until the
 * report is in. The registry is per node, in memory: a job belongs to the node whose page
 * started it. Finished jobs are forgotten after an hour.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
    static final Duration KEEP = Duration.ofHours(1);

    /** One import or dry run; the importer tells it how far it has got. */
    public static final class Job implements ImportProgress {
        private final String id = UUID.randomUUID().toString();
        private final String catalog;
        private final String fileName;
        private final boolean dryRun;
        private final String actor;
        private final Instant started = Instant.now();
        // written by the import thread, read by the polling page
        private volatile Phase phase = Phase.READING;
        private volatile long done;
        private volatile long total;
        private volatile ImportReport report;
        private volatile String failure;
        private volatile Instant finished;

        Job(String catalog, String fileName, boolean dryRun, String actor) {
            this.catalog = catalog;
            this.fileName = fileName;
            this.dryRun = dryRun;
            this.actor = actor;
        }

        @Override
        public void update(Phase phase, long done, long total) {
            this.phase = phase;
            this.done = done;
            this.total = total;
        }

        /**
         * How far, 0–100, over the whole job: reading the file is quick, checking is most of a
         * dry run, writing most of an import; the bar should not jump back at each phase.
         */
        public int percent() {
            if (finished != null) {
                return 100;
            }
            double part = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
            double checkEnd = dryRun ? 99 : 60;
            double at = switch (phase) {
                case READING -> 10 * part;
                case CHECKING -> 10 + (checkEnd - 10) * part;
                case WRITING -> 60 + 39 * part;
                case DONE -> 99;
            };
            return (int) Math.floor(at);
        }

        public String id() {
            return id;
        }

        public String catalog() {
            return catalog;
        }

        public String fileName() {
            return fileName;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public String actor() {
            return actor;
        }

        public Instant started() {
            return started;
        }

        public Phase phase() {
            return phase;
        }

        public long done() {
            return done;
        }

        public long total() {
            return total;
        }

        public boolean finished() {
            return finished != null;
        }

        /** The outcome, once finished without a failure. */
        public ImportReport report() {
            return report;
        }

        /** Why the job stopped without a report (the write failed, the catalog went away…). */
        public String failure() {
            return failure;
        }
    }

    @Resource
    ManagedExecutorService executor;
    @Inject
    CatalogImporter importer;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts an import (or dry run) of the file's bytes in the background.
     *
     * @param sourceIp the administrator's address, for the audit record the import leaves
     */
    public Job start(String catalog, String fileName, byte[] body, CatalogFormat format, boolean dryRun, String actor,
            String sourceIp) {
        forgetOld();
        Job job = new Job(catalog, fileName, dryRun, actor);
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, body, format, sourceIp));
        return job;
    }

    private void run(Job job, byte[] body, CatalogFormat format, String sourceIp) {
        // a pool thread has no request: give the audit record the address of the one that started the job
        RequestContext.begin().sourceIp(sourceIp);
        try {
            job.report = importer.importFile(job.catalog, body, format, job.dryRun, job.actor, job);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Catalog import of " + job.fileName + " into " + job.catalog + " failed: "
                    + e.getMessage(), e);
            job.failure = String.valueOf(e.getMessage());
        } finally {
            job.finished = Instant.now();
            RequestContext.end();
        }
    }

    public Optional<Job> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** The actor's latest job on the catalog, so a reloaded page finds the import it started. */
    public Optional<Job> latest(String catalog, String actor) {
        return jobs.values().stream().filter(j -> j.catalog.equals(catalog) && j.actor.equals(actor))
                .max(Comparator.comparing(Job::started));
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(cutoff));
    }
}
