package vn.portal.plugins.search.engine;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Searches computing at once: one per core, the others wait their turn in order of arrival. A
 * search is CPU work from start to end; eight at once on two cores share the cores (and their
 * caches) and each takes four times as long, so every search waits behind all the others,
 * the slowest longest. In turn, a search waits only for those that came before it, and runs
 * at full speed once started: on the benchmark the 99th percentile fell by a third and the
 * throughput rose by a quarter (docs/performance.md). Answers kept from recent searches and
 * suggestions (a millisecond) do not queue.
 */
final class Turns {

    private final Semaphore permits;

    Turns(int atOnce) {
        this.permits = new Semaphore(atOnce, true);
    }

    static Turns onePerCore() {
        return new Turns(Runtime.getRuntime().availableProcessors());
    }

    <T> T take(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
