package vn.portal.kernel.core.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portal.kernel.core.event.DeliveryStore;
import vn.portal.kernel.core.persistence.OnBothDatabases;

/**
 * Several nodes polling one database: each scheduled run and each outbox delivery is
 * claimed by exactly one of them. Checked on H2 and PostgreSQL with concurrent claimers.
 */
class ClusterSafeClaimsTest extends OnBothDatabases {

    DataSource dataSource(String vendor) {
        return migrated(vendor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oneNodeWinsEachScheduledRun(String vendor) throws Exception {
        JobStore store = new JobStore();
        store.dataSource = dataSource(vendor);
        Instant due = Instant.now().minusSeconds(1);
        assertFalse(store.claim("notice:expire", due, Duration.ofMinutes(1), "node-a"), "first sight only registers");
        List<Boolean> wins = race(8, i -> store.claim("notice:expire", due, Duration.ofMinutes(1), "node-" + i));
        assertEquals(1, wins.stream().filter(w -> w).count(), "exactly one node runs the due run: " + wins);
        assertFalse(store.claim("notice:expire", due, Duration.ofMinutes(1), "node-z"), "not due again for a minute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachDeliveryIsClaimedByOneNode(String vendor) throws Exception {
        DeliveryStore store = new DeliveryStore();
        DataSource ds = dataSource(vendor);
        setField(store, ds);
        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < 60; i++) {
                String id = "event-" + i;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel_event (event_id, event_type, site_key, source,"
                        + " payload, occurred_at) VALUES (?, 'x.y', NULL, 'test', '{}', ?)")) {
                    ps.setString(1, id);
                    ps.setTimestamp(2, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel_event_delivery (event_id, listener_id, status,"
                        + " attempts, next_attempt_at) VALUES (?, 'p:L', 'PENDING', 0, ?)")) {
                    ps.setString(1, id);
                    ps.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(1)));
                    ps.executeUpdate();
                }
            }
        }
        List<List<DeliveryStore.Due>> claims = race(4, i -> store.claimDue("node-" + i, 100));
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (List<DeliveryStore.Due> claim : claims) {
            for (DeliveryStore.Due d : claim) {
                assertTrue(seen.add(d.event().id()), "claimed twice: " + d.event().id());
                total++;
            }
        }
        assertEquals(60, total, "every due delivery is claimed once");
        assertTrue(store.claimDue("node-late", 100).isEmpty(), "claimed deliveries are leased");
    }

    private static void setField(DeliveryStore store, DataSource ds) throws Exception {
        var f = DeliveryStore.class.getDeclaredField("dataSource");
        f.setAccessible(true);
        f.set(store, ds);
    }

    interface Claim<T> {
        T claim(int node) throws Exception;
    }

    private static <T> List<T> race(int nodes, Claim<T> claim) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                int node = i;
                tasks.add(() -> claim.claim(node));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
