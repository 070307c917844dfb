package vn.portal.plugins.notify.delivery;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.HandOver;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.template.MessageKind;
import vn.portal.plugins.notify.template.Rendered;
import vn.portal.plugins.notify.template.TemplateException;
import vn.portal.plugins.notify.template.Templates;

/**
 * Sends what the listeners queued, outside their transactions. Each round claims due deliveries
 * with a conditional update and a lease (safe with several nodes: a row is claimed by one) and
 * sends them one by one. When a channel reports that a message has left for good (e-mail: the
 * final "." of DATA is in the socket, the server's answer is awaited) its key is appended to this
 * node's journal ({@link SentJournal}) as handed over; an error answer takes that back (the failure
 * is handled as usual), and an acceptance is appended too. The "sent" marks go to the database a
 * few at a time, in one commit ({@link SentMarks}). A start marks what the journal lists before
 * sending anything, a hand-over without its answer included, so a crash repeats only a message
 * killed in the instant between its last bytes reaching the socket and one write() — or, for a
 * channel that does not report hand-overs, between the receiver's answer and that write(). A repeat
 * carries the same idempotency key (the e-mail's Message-ID), so receivers can drop it. The price:
 * a server that refuses a message after DATA in the instant the portal dies loses that message
 * (logged at the start). Failures are retried with backoff; after
 * the last try, or at once when retrying cannot help, the delivery is DEAD (re-sendable from the
 * admin). Rounds run on the kernel's scheduler threads, one after another.
 */
public final class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class.getName());

    private final PluginContext context;
    private final Channels channels;
    private final Templates templates;
    private final Settings settings;
    private final RateLimiter limiter;
    private final SentMarks marks;
    private volatile boolean running;
    /** False until the journal of the last run is reconciled: nothing is sent before that. */
    private boolean reconciled;
    private long orphansCheckedAt = System.nanoTime();
    private long expiredCheckedAt;
    private volatile Boolean postgres;

    public DeliverySender(PluginContext context, Channels channels, Templates templates) {
        this.context = context;
        this.channels = channels;
        this.templates = templates;
        this.settings = context.settings();
        this.limiter = new RateLimiter(this::ratePerSecond);
        this.marks = new SentMarks(context, new SentJournal(context.localDirectory().resolve("sent.journal")));
    }

    public void start() {
        if (!Boolean.parseBoolean(settings.get("sender.enabled").orElse("true"))) {
            LOG.warning("[plugin=notify] the sender is off (plugin.notify.sender.enabled=false): messages stay queued");
            return;
        }
        running = true;
        context.scheduler().runOnceAt("sender", Instant.now(), this::round);
    }

    public void stop() {
        running = false;
        marks.close();
    }

    private void round() {
        if (!running) {
            return;
        }
        boolean more = false;
        try {
            if (!reconciled) {
                marks.reconcile();
                reconciled = true;
            }
            more = sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "[plugin=notify] sender round failed; trying again shortly: " + e, e);
        } finally {
            if (running) {
                context.scheduler().runOnceAt("sender", more ? Instant.now()
                        : Instant.now().plusMillis(setting("sender.poll-ms", 100)), this::round);
            }
        }
    }

    /**
     * One round: for each channel, claim as many due deliveries as its rate limit lets it send now
     * (at most a batch), send them, mark each. A channel held back by its limit (SMS at 50 a second,
     * a webhook at 4) takes only its share of the round, so it never holds up the others' messages.
     * Deliveries for a channel that is not installed any more are claimed too, and fail with the
     * reason (retried, then dead letters): nothing waits unseen.
     *
     * @return true when a channel had a full batch, so more may be waiting right now
     */
    public boolean sendDue() {
        int batch = setting("sender.batch", 100);
        Duration lease = Duration.ofSeconds(setting("sender.lease-seconds", 30));
        boolean more = false;
        List<String> known = new ArrayList<>(channels.all().keySet());
        // leases last seconds: looking for ended ones once a second is soon enough, and saves a
        // query per channel and round
        boolean withExpired = System.nanoTime() - expiredCheckedAt > 1_000_000_000L;
        if (withExpired) {
            expiredCheckedAt = System.nanoTime();
        }
        for (String channel : known) {
            int quota = Math.min(batch, limiter.available(channel));
            if (quota > 0) {
                List<Delivery> claimed = claim(channel, known, quota, lease, withExpired);
                sendAll(claimed);
                more |= claimed.size() == batch;
            }
        }
        if (System.nanoTime() - orphansCheckedAt > 5_000_000_000L) {
            orphansCheckedAt = System.nanoTime(); // a scan of the due rows' index entries: not every round
            sendAll(claim(null, known, batch, lease, true));
        }
        return more;
    }

    /** Sends the claimed deliveries; every one accepted is marked in the database before this returns. */
    private void sendAll(List<Delivery> claimed) {
        int markBatch = setting("sender.mark-batch", 50);
        int markMillis = setting("sender.mark-ms", 100);
        try {
            for (Delivery d : claimed) {
                if (marks.alreadySent(d)) {
                    continue; // sent, and its mark is still waiting: the mark will end the claim
                }
                if (!running) {
                    release(d); // the plugin is stopping: leave the rest for the next start
                    continue;
                }
                send(d);
                marks.flushIfDue(markBatch, markMillis);
            }
        } finally {
            marks.flush();
        }
    }

    /**
     * Claims due deliveries of one channel, or (channel null) of channels not among {@code known};
     * with {@code withExpired} also those whose lease ended (a node died while sending them).
     */
    List<Delivery> claim(String channel, List<String> known, int batch, Duration lease, boolean withExpired) {
        return context.transactions().required(() -> {
            EntityManager em = context.persistence().entityManager();
            Timestamp now = Timestamp.from(Instant.now());
            Timestamp until = Timestamp.from(now.toInstant().plus(lease));
            String token = UUID.randomUUID().toString();
            List<String> ids = new ArrayList<>();
            // two queries, each served by the (status, channel, next_at) index; one with "or" scans
            // the whole table, which holds every message ever sent
            String which = channel != null ? " and d.channel = :c" : known.isEmpty() ? "" : " and d.channel not in :known";
            boolean skipLocked = channel != null && postgres(em);
            if (skipLocked) {
                ids.addAll(claimSkippingLocked(em, channel, batch, token, now, until));
            } else {
                var pending = em.createQuery("select d.id from Delivery d where d.status = 'PENDING' and d.nextAt <= :now"
                        + which + " order by d.nextAt", String.class).setParameter("now", now).setMaxResults(batch);
                ids.addAll(lane(pending, channel, known).getResultList());
            }
            List<String> toClaim = skipLocked ? new ArrayList<>() : new ArrayList<>(ids); // claimed already, or not yet
            if (withExpired && ids.size() < batch) {
                var expired = em.createQuery("select d.id from Delivery d where d.status = 'SENDING' and d.leaseUntil < :now"
                        + which, String.class).setParameter("now", now).setMaxResults(batch - ids.size());
                List<String> found = lane(expired, channel, known).getResultList();
                ids.addAll(found);
                toClaim.addAll(found);
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            if (!toClaim.isEmpty()) {
                // conditional: a row another node claimed meanwhile no longer matches and is skipped
                em.createQuery("update Delivery d set d.status = 'SENDING', d.claimToken = :t, d.leaseUntil = :lease"
                        + " where d.id in :ids and ((d.status = 'PENDING' and d.nextAt <= :now)"
                        + " or (d.status = 'SENDING' and d.leaseUntil < :now))").setParameter("t", token)
                        .setParameter("lease", until).setParameter("ids", toClaim)
                        .setParameter("now", now).executeUpdate();
            }
            return em.createQuery("select d from Delivery d where d.id in :ids and d.claimToken = :t order by d.nextAt",
                    Delivery.class).setParameter("ids", ids).setParameter("t", token).getResultList();
        });
    }

    /**
     * PostgreSQL: picks and claims due rows in one statement; rows another node's claim has locked
     * are skipped instead of waited for, so several senders never queue behind each other.
     */
    private static List<String> claimSkippingLocked(EntityManager em, String channel, int batch, String token,
            Timestamp now, Timestamp until) {
        try (PreparedStatement ps = em.unwrap(Connection.class).prepareStatement("UPDATE notify_delivery"
                + " SET status = 'SENDING', claim_token = ?, lease_until = ? WHERE id IN (SELECT id FROM notify_delivery"
                + " WHERE status = 'PENDING' AND channel = ? AND next_at <= ? ORDER BY next_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING id")) {
            ps.setString(1, token);
            ps.setTimestamp(2, until);
            ps.setString(3, channel);
            ps.setTimestamp(4, now);
            ps.setInt(5, batch);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim deliveries: " + e.getMessage(), e);
        }
    }

    /** Whether the database is PostgreSQL (asked once). */
    private boolean postgres(EntityManager em) {
        if (postgres == null) {
            try {
                postgres = em.unwrap(Connection.class).getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException | RuntimeException e) {
                postgres = false;
            }
        }
        return postgres;
    }

    private static <T> jakarta.persistence.TypedQuery<T> lane(jakarta.persistence.TypedQuery<T> q, String channel,
            List<String> known) {
        return channel != null ? q.setParameter("c", channel) : known.isEmpty() ? q : q.setParameter("known", known);
    }

    private void send(Delivery d) {
        NotificationChannel channel = channels.get(d.channel).orElse(null);
        if (channel == null) {
            fail(d, DeliveryException.transient_("Kênh '" + d.channel + "' không có (plugin đã tắt?) / channel not available", null));
            return;
        }
        Map<String, Object> vars = DeliveryQueue.variables(d);
        Rendered r;
        try {
            r = templates.render(MessageKind.of(d.kind), d.channel, channel.format(), d.locale, vars);
        } catch (TemplateException | IllegalArgumentException e) {
            fail(d, DeliveryException.transient_("Lỗi mẫu / template error: " + e.getMessage(), e));
            return;
        }
        Object link = vars.getOrDefault("url", vars.get("trackingUrl"));
        Object unsubscribe = vars.get("_unsubscribePost");
        OutgoingMessage m = new OutgoingMessage(d.idemKey, d.eventType, d.recipient, d.locale, r.subject(), r.text(),
                r.html(), link == null || link.toString().isEmpty() ? null : link.toString(),
                unsubscribe == null ? null : unsubscribe.toString());
        Journaled handOver = new Journaled(d);
        try {
            limiter.acquire(d.channel);
            channel.send(m, handOver);
        } catch (DeliveryException e) {
            handOver.takeBack();
            fail(d, e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(d);
            return;
        } catch (RuntimeException e) {
            handOver.takeBack();
            fail(d, DeliveryException.transient_(String.valueOf(e), e));
            return;
        }
        marks.sent(d, r.problem());
    }

    /** A channel's hand-over of one delivery, journaled at once; taken back when the send then fails. */
    private final class Journaled implements HandOver {
        private final Delivery delivery;
        private boolean handedOver;

        Journaled(Delivery delivery) {
            this.delivery = delivery;
        }

        @Override
        public void handedOver() {
            if (!handedOver) {
                handedOver = true;
                marks.handedOver(delivery);
            }
        }

        void takeBack() {
            if (handedOver) {
                marks.cancelled(delivery);
            }
        }
    }

    private void fail(Delivery d, DeliveryException e) {
        int attempts = d.attempts + 1;
        Backoff backoff = backoff();
        boolean dead = e.permanent() || attempts >= backoff.maxAttempts();
        Instant next = Instant.now().plus(backoff.after(attempts));
        String detail = e.getMessage();
        context.transactions().required(() -> {
            EntityManager em = context.persistence().entityManager();
            em.createQuery("update Delivery d set d.status = :st, d.attempts = :a, d.nextAt = :next, d.lastError = :err,"
                    + " d.claimToken = null, d.leaseUntil = null where d.id = :id and d.claimToken = :t")
                    .setParameter("st", dead ? Delivery.DEAD : Delivery.PENDING).setParameter("a", attempts)
                    .setParameter("next", Timestamp.from(next)).setParameter("err", truncate(detail))
                    .setParameter("id", d.id).setParameter("t", d.claimToken).executeUpdate();
            d.attempts = attempts;
            DeliveryQueue.log(em, d, dead ? "DEAD" : "RETRY", detail);
            return null;
        });
        if (dead) {
            LOG.warning("[plugin=notify site=" + d.siteKey + "] delivery " + d.id + " (" + d.channel + ") is dead after "
                    + attempts + " tries: " + detail);
        }
    }

    /** Back to PENDING without counting a try. */
    private void release(Delivery d) {
        context.transactions().required(() -> context.persistence().entityManager().createQuery("update Delivery d set"
                + " d.status = 'PENDING', d.claimToken = null, d.leaseUntil = null where d.id = :id and d.claimToken = :t")
                .setParameter("id", d.id).setParameter("t", d.claimToken).executeUpdate());
    }

    Backoff backoff() {
        return new Backoff(Duration.ofSeconds(setting("retry.base-seconds", 5)),
                Duration.ofSeconds(setting("retry.max-seconds", 3600)), setting("retry.max-attempts", 10));
    }

    private int ratePerSecond(String channel) {
        return settings.get(channel + ".rate-per-second").map(s -> Integer.parseInt(s.trim()))
                .orElseGet(() -> channels.get(channel).map(NotificationChannel::defaultRatePerSecond).orElse(10));
    }

    private int setting(String name, int fallback) {
        return settings.get(name).map(s -> Integer.parseInt(s.trim())).orElse(fallback);
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
    }
}
