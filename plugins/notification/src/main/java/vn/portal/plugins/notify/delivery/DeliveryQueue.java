package vn.portal.plugins.notify.delivery;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.domain.Attempt;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.template.MessageKind;
import vn.portal.plugins.notify.template.Templates;

/**
 * Records deliveries, in the caller's transaction (an event listener's, so the event is marked
 * delivered together with the messages it caused). Nothing is sent here. A recipient whose
 * address the channel refuses, or a channel that is not installed, is recorded DEAD with the
 * reason, so it shows in the admin's dead letters instead of vanishing.
 */
public final class DeliveryQueue {

    static final Jsonb JSON = JsonbBuilder.create();

    private final PluginContext context;
    private final Channels channels;

    public DeliveryQueue(PluginContext context, Channels channels) {
        this.context = context;
        this.channels = channels;
    }

    /** SHA-256 of event id, channel and recipient: one message per recipient, channel and event, ever. */
    public static String idempotencyKey(String eventId, String channel, String recipient) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((eventId + "\n" + channel + "\n" + recipient)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a listener records for one event: empty when the event was recorded before (a
     * redelivered event, nothing to do). The one look-up by event id stands for every recipient's:
     * an idempotency key contains the event id, so none of this event's keys can be in the table
     * yet, and repeats within the event (the same address twice) are caught in memory. Saves a
     * query per message on the listener's path; a second node recording the same event at the
     * same moment still fails on the unique key and the outbox retries it.
     */
    public Optional<NewEvent> newEvent(String eventId) {
        return newEvent(eventId, null, null);
    }

    /**
     * Like {@link #newEvent(String)}, and also whether the site has active subscriptions to
     * {@code topic} ({@link NewEvent#hasSubscribers()}), in the same statement: most events have
     * none, and the listener then needs no second query. Plain JDBC: this runs once per event, and
     * a JPQL query here cost more CPU (parsing, SQL generation) than the database's work.
     */
    public Optional<NewEvent> newEvent(String eventId, String siteKey, String topic) {
        String sql = topic == null ? "SELECT COUNT(*), 0 FROM notify_delivery WHERE event_id = ?"
                : "SELECT (SELECT COUNT(*) FROM notify_delivery WHERE event_id = ?), (SELECT COUNT(*) FROM"
                        + " notify_subscription WHERE site_key = ? AND topic = ? AND status = 'ACTIVE')";
        Connection c = em().unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            if (topic != null) {
                ps.setString(2, siteKey);
                ps.setString(3, topic);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0 ? Optional.empty() : Optional.of(new NewEvent(eventId, rs.getLong(2) > 0));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read deliveries of event " + eventId + ": " + e.getMessage(), e);
        }
    }

    /** The deliveries of one event not recorded before; see {@link #newEvent}. */
    public final class NewEvent {

        private final String eventId;
        private final boolean subscribers;
        private final Set<String> keys = new HashSet<>();

        private NewEvent(String eventId, boolean subscribers) {
            this.eventId = eventId;
            this.subscribers = subscribers;
        }

        /** Whether the site had active subscriptions to the topic asked about (false when none was). */
        public boolean hasSubscribers() {
            return subscribers;
        }

        /** @return the delivery, or null when this recipient already has one for this event and channel */
        public Delivery enqueue(String eventType, Instant eventAt, String siteKey, MessageKind kind, Recipient r,
                Map<String, ?> variables) {
            String key = idempotencyKey(eventId, r.channel(), address(r));
            return keys.add(key) ? record(key, eventId, eventType, eventAt, siteKey, kind, r, variables) : null;
        }
    }

    /** @return the delivery, or null when this recipient already has one for this event and channel */
    public Delivery enqueue(String eventId, String eventType, Instant eventAt, String siteKey, MessageKind kind,
            Recipient r, Map<String, ?> variables) {
        String key = idempotencyKey(eventId, r.channel(), address(r));
        if (!em().createQuery("select d.id from Delivery d where d.idemKey = :k", String.class).setParameter("k", key)
                .getResultList().isEmpty()) {
            return null;
        }
        return record(key, eventId, eventType, eventAt, siteKey, kind, r, variables);
    }

    private static String address(Recipient r) {
        return r.address() == null ? "" : r.address().strip();
    }

    private Delivery record(String key, String eventId, String eventType, Instant eventAt, String siteKey,
            MessageKind kind, Recipient r, Map<String, ?> variables) {
        String address = address(r);
        EntityManager em = em();
        Timestamp now = Timestamp.from(Instant.now());
        Delivery d = new Delivery();
        d.id = UUID.randomUUID().toString();
        d.idemKey = key;
        d.eventId = eventId;
        d.eventType = eventType;
        d.kind = kind.id();
        d.siteKey = siteKey;
        d.channel = r.channel();
        d.recipient = address.isEmpty() ? "—" : address;
        d.locale = Templates.locale(r.locale());
        d.subscriptionId = r.subscriptionId();
        d.variables = JSON.toJson(new LinkedHashMap<>(variables));
        d.attempts = 0;
        d.nextAt = now;
        d.eventAt = Timestamp.from(eventAt == null ? Instant.now() : eventAt);
        d.createdAt = now;
        NotificationChannel channel = channels.get(r.channel()).orElse(null);
        String problem = channel == null ? "Kênh '" + r.channel() + "' chưa được cài / channel not installed"
                : channel.checkAddress(address);
        if (problem != null) {
            d.status = Delivery.DEAD;
            d.lastError = problem;
        } else if (r.digest() != null && !"NONE".equals(r.digest())) {
            d.status = Delivery.HELD;
            d.digest = r.digest();
        } else {
            d.status = Delivery.PENDING;
        }
        em.persist(d);
        if (problem != null) {
            log(em, d, Delivery.DEAD, problem);
        }
        return d;
    }

    public static void log(EntityManager em, Delivery d, String outcome, String detail) {
        log(em, d, outcome, detail, Instant.now());
    }

    /** A log line for what happened at {@code at} (a hand-over found in the journal at a start). */
    static void log(EntityManager em, Delivery d, String outcome, String detail, Instant at) {
        Attempt a = new Attempt();
        a.id = UUID.randomUUID().toString();
        a.deliveryId = d.id;
        a.attemptNo = d.attempts;
        a.attemptedAt = Timestamp.from(at);
        a.outcome = outcome;
        a.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
        em.persist(a);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> variables(Delivery d) {
        return JSON.fromJson(d.variables, LinkedHashMap.class);
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
