package vn.portal.kernel.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress bar of an admin import moves forward through the phases and never jumps back. */
class ImportJobsTest {

    static int[] walk(ImportJobs.Job job) {
        long[][] steps = {{0, 0, 100}, {0, 100, 100}, {1, 0, 100}, {1, 50, 100}, {1, 100, 100}, {2, 0, 100},
                {2, 50, 100}, {2, 100, 100}, {3, 100, 100}};
        int[] out = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            job.update(ImportProgress.Phase.values()[(int) steps[i][0]], steps[i][1], steps[i][2]);
            out[i] = job.percent();
        }
        return out;
    }

    @Test
    void anImportMovesForwardAndStopsShortOfTheEndUntilFinished() {
        int[] p = walk(new ImportJobs.Job("admin-units", "a.csv", false, "admin"));
        for (int i = 1; i < p.length; i++) {
            assertTrue(p[i] >= p[i - 1], "never back: " + java.util.Arrays.toString(p));
        }
        assertEquals(0, p[0]);
        assertEquals(60, p[4], "checking done");
        assertEquals(99, p[p.length - 1], "100 only once the report is in");
    }

    @Test
    void aDryRunHasNoWritingPhase() {
        ImportJobs.Job job = new ImportJobs.Job("admin-units", "a.csv", true, "admin");
        job.update(ImportProgress.Phase.CHECKING, 100, 100);
        assertEquals(99, job.percent());
    }
}
