package vn.portal.kernel.core.event;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/** Delivery rows of the outbox: claiming due work, recording success and failure. */
@ApplicationScoped
public class DeliveryStore {

    /** A claimed delivery: the event and the listener it is for. */
    public record Due(PortalEvent event, String listenerId, int attempts) {
    }

    static final Duration LEASE = Duration.ofMinutes(2);

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    /**
     * Claims up to {@code limit} due deliveries for this node. The conditional update
     * makes the claim safe when several nodes poll the same table.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Due> claimDue(String node, int limit) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Due> candidates = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT d.event_id, d.listener_id, d.attempts, e.event_type, e.site_key, e.source, e.occurred_at, e.payload"
                            + " FROM kernel_event_delivery d JOIN kernel_event e ON e.event_id = d.event_id"
                            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
                            + " AND (d.locked_until IS NULL OR d.locked_until < ?)"
                            // the order of the index kernel_event_delivery_due, so the database reads the first rows
                            // from it and stops; ordering by the event's time as well sorted every due delivery at
                            // each round (a backlog of 50,000 took minutes to drain)
                            + " ORDER BY d.status, d.next_attempt_at FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setTimestamp(1, now);
                ps.setTimestamp(2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PortalEvent ev = new PortalEvent(rs.getString(1), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));
                        candidates.add(new Due(ev, rs.getString(2), rs.getInt(3)));
                    }
                }
            }
            List<Due> claimed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE kernel_event_delivery SET locked_by = ?, locked_until = ? WHERE event_id = ? AND listener_id = ?"
                            + " AND status = 'PENDING' AND (locked_until IS NULL OR locked_until < ?)")) {
                for (Due d : candidates) {
                    ps.setString(1, node);
                    ps.setTimestamp(2, Timestamp.from(now.toInstant().plus(LEASE)));
                    ps.setString(3, d.event().id());
                    ps.setString(4, d.listenerId());
                    ps.setTimestamp(5, now);
                    if (ps.executeUpdate() == 1) {
                        claimed.add(d);
                    }
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
        }
    }

    /** Marks a delivery done; runs inside the transaction that ran the listener. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDelivered(Due due) {
        update("UPDATE kernel_event_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,"
                + " locked_until = NULL, last_error = NULL WHERE event_id = ? AND listener_id = ?",
                Timestamp.from(Instant.now()), due.event().id(), due.listenerId());
    }

    /** Records a failed try: retried after a backoff, or parked as DEAD after the last try. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(Due due, String error, int maxAttempts) {
        int attempts = due.attempts() + 1;
        String status = attempts >= maxAttempts ? "DEAD" : "PENDING";
        Instant next = Instant.now().plus(backoff(attempts));
        String message = error == null ? "" : error.length() > 1900 ? error.substring(0, 1900) : error;
        update("UPDATE kernel_event_delivery SET status = ?, attempts = ?, next_attempt_at = ?, locked_until = NULL,"
                + " last_error = ? WHERE event_id = ? AND listener_id = ?",
                status, attempts, Timestamp.from(next), message, due.event().id(), due.listenerId());
    }

    /** Puts a delivery back without counting a try (its listener is not running right now). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void postpone(Due due, Duration delay) {
        update("UPDATE kernel_event_delivery SET next_attempt_at = ?, locked_until = NULL WHERE event_id = ? AND listener_id = ?",
                Timestamp.from(Instant.now().plus(delay)), due.event().id(), due.listenerId());
    }

    /** 1 s, 2 s, 4 s … capped at 5 minutes. */
    public static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 9);
        return Duration.ofSeconds(Math.min(seconds, 300));
    }

    /** Counts of deliveries by status, for the dashboard and health. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countsByStatus() {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM kernel_event_delivery GROUP BY status");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
        }
        return out;
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the outbox: " + e.getMessage(), e);
        }
    }
}
