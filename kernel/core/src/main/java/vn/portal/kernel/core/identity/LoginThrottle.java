package vn.portal.kernel.core.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows brute force from one address: after {@code max} failed sign-ins within the
 * window, further attempts from that address are refused without checking the
 * password. Per-account protection is the lockout; this covers guessing across accounts.
 */
final class LoginThrottle {

    private final int max;
    private final long windowMillis;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int max, long windowMillis) {
        this.max = max;
        this.windowMillis = windowMillis;
    }

    boolean allowed(String address) {
        Deque<Long> d = failures.get(key(address));
        if (d == null) {
            return true;
        }
        synchronized (d) {
            prune(d, System.currentTimeMillis());
            return d.size() < max;
        }
    }

    void failed(String address) {
        Deque<Long> d = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (d) {
            long now = System.currentTimeMillis();
            prune(d, now);
            d.addLast(now);
        }
    }

    private void prune(Deque<Long> d, long now) {
        while (!d.isEmpty() && d.peekFirst() < now - windowMillis) {
            d.pollFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "-" : address;
    }
}
