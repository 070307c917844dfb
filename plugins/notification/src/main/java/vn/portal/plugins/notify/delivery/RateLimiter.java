package vn.portal.plugins.notify.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * At most N messages a second per channel on this node (token bucket, burst = one second's worth),
 * so a large fan-out does not trip an operator's limits or a mail server's throttling.
 */
final class RateLimiter {

    private final ToIntFunction<String> ratePerSecond;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>(); // {tokens, last nanos}

    RateLimiter(ToIntFunction<String> ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
    }

    /** How many messages the channel may send at once now (whole tokens in its bucket). */
    int available(String channel) {
        int rate = Math.max(1, ratePerSecond.applyAsInt(channel));
        double[] b = buckets.computeIfAbsent(channel, c -> new double[] {rate, System.nanoTime()});
        synchronized (b) {
            long now = System.nanoTime();
            b[0] = Math.min(rate, b[0] + (now - b[1]) / 1e9 * rate);
            b[1] = now;
            return (int) b[0];
        }
    }

    /** Waits until the channel may send one more message (never longer than one token's time). */
    void acquire(String channel) throws InterruptedException {
        int rate = Math.max(1, ratePerSecond.applyAsInt(channel));
        double[] b = buckets.computeIfAbsent(channel, c -> new double[] {rate, System.nanoTime()});
        synchronized (b) {
            while (true) {
                long now = System.nanoTime();
                b[0] = Math.min(rate, b[0] + (now - b[1]) / 1e9 * rate);
                b[1] = now;
                if (b[0] >= 1) {
                    b[0] -= 1;
                    return;
                }
                long waitNanos = (long) ((1 - b[0]) / rate * 1e9);
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }
}
