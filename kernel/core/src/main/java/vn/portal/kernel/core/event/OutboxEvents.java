package vn.portal.kernel.core.event;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.core.common.AfterCommit;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/**
 * Writes events to the outbox in the caller's transaction, with one delivery row
 * per interested listener. Nothing is sent here: the dispatcher delivers after commit.
 */
@ApplicationScoped
public class OutboxEvents implements Events {

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    ListenerDirectory listeners;

    @Inject
    EventDispatcher dispatcher;

    @Override
    public String publish(String type, String siteKey, String payloadJson) {
        return publishAs("kernel", type, siteKey, payloadJson);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public String publishAs(String source, String type, String siteKey, String payloadJson) {
        if (type == null || !type.matches("[a-z][a-z0-9]*(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("Event type '" + type + "' must be dotted lower-case, like content.published");
        }
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO kernel_event (event_id, event_type, site_key, source, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, type);
                ps.setString(3, siteKey);
                ps.setString(4, source);
                ps.setString(5, payloadJson);
                ps.setTimestamp(6, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO kernel_event_delivery (event_id, listener_id, status, attempts, next_attempt_at) VALUES (?, ?, 'PENDING', 0, ?)")) {
                for (RegisteredListener l : listeners.listeners()) {
                    if (l.wants(type)) {
                        ps.setString(1, id);
                        ps.setString(2, l.id());
                        ps.setTimestamp(3, now);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write event " + type + " to the outbox: " + e.getMessage(), e);
        }
        AfterCommit.run(registry, dispatcher::wake);
        return id;
    }
}
