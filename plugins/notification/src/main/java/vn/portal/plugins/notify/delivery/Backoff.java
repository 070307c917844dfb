package vn.portal.plugins.notify.delivery;

import java.time.Duration;

/** When to try again: base × 2^(attempts − 1), at most max (5 s, 10 s, 20 s … 1 h by default). */
record Backoff(Duration base, Duration max, int maxAttempts) {

    Duration after(int attempts) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration d = base.multipliedBy(factor);
        return d.compareTo(max) > 0 ? max : d;
    }
}
