package vn.portal.plugins.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code limit} public submissions per visitor address in a sliding window (in memory, per node). */
final class Throttle {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    Throttle(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** @return false when this address has used up its allowance */
    boolean allow(String address) {
        Instant now = Instant.now();
        if (seen.size() > 10_000) {
            seen.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(window)));
        }
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
