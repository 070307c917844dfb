package vn.portal.plugins.notify.web;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.plugins.notify.domain.Attempt;
import vn.portal.plugins.notify.domain.Delivery;

/** What the admin page and the REST API show and do with deliveries: lists, the log, re-sending dead letters. */
public final class DeliveryAdmin {

    private final PluginContext context;

    public DeliveryAdmin(PluginContext context) {
        this.context = context;
    }

    public List<Delivery> list(String siteKey, String status, int max) {
        return context.transactions().required(() -> {
            var q = em().createQuery("select d from Delivery d where d.siteKey = :k" + (status == null ? ""
                    : " and d.status = :st") + " order by d.createdAt desc", Delivery.class).setParameter("k", siteKey);
            return (status == null ? q : q.setParameter("st", status)).setMaxResults(max).getResultList();
        });
    }

    public Delivery get(String siteKey, String id) {
        return context.transactions().required(() -> {
            Delivery d = em().find(Delivery.class, id);
            if (d == null || !siteKey.equals(d.siteKey)) {
                throw ApiProblem.notFound("No delivery " + id + " on " + siteKey);
            }
            return d;
        });
    }

    /**
     * Every try of the delivery, oldest first. A plain success is not written as a log row (the
     * sender keeps its one commit per message small): its line comes from the delivery row.
     */
    public List<Attempt> log(String deliveryId) {
        return context.transactions().required(() -> {
            List<Attempt> lines = new java.util.ArrayList<>(em().createQuery("select a from Attempt a where"
                    + " a.deliveryId = :d order by a.attemptedAt", Attempt.class).setParameter("d", deliveryId).getResultList());
            Delivery d = em().find(Delivery.class, deliveryId);
            if (d != null && Delivery.SENT.equals(d.status) && d.sentAt != null
                    && lines.stream().noneMatch(a -> "SENT".equals(a.outcome) && a.attemptNo == d.attempts)) {
                Attempt sent = new Attempt();
                sent.id = d.id + "-sent";
                sent.deliveryId = d.id;
                sent.attemptNo = d.attempts;
                sent.attemptedAt = d.sentAt;
                sent.outcome = "SENT";
                lines.add(sent);
                em().detach(d);
            }
            return lines;
        });
    }

    /** Counts by status for the site: {PENDING: n, SENT: n, DEAD: n, …}. */
    public Map<String, Long> counts(String siteKey) {
        return context.transactions().required(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String s : List.of(Delivery.PENDING, Delivery.SENDING, Delivery.SENT, Delivery.DEAD, Delivery.HELD,
                    Delivery.DIGESTED, Delivery.CANCELLED)) {
                out.put(s, 0L);
            }
            for (Object[] row : em().createQuery("select d.status, count(d) from Delivery d where d.siteKey = :k"
                    + " group by d.status", Object[].class).setParameter("k", siteKey).getResultList()) {
                out.put((String) row[0], ((Number) row[1]).longValue());
            }
            return out;
        });
    }

    /** A channel whose messages are being retried: how many wait, and the last error one of them got. */
    public record Trouble(String channel, long waiting, String lastError) {
    }

    /**
     * Channels with messages waiting for another try (an unreachable mail server, a gateway
     * answering 503): the admin page says so at the top, so a failing channel is seen before
     * anything turns into a dead letter — while the queue keeps every message.
     */
    public List<Trouble> troubles(String siteKey) {
        return context.transactions().required(() -> {
            List<Trouble> out = new java.util.ArrayList<>();
            for (Object[] row : em().createQuery("select d.channel, count(d) from Delivery d where d.siteKey = :k and"
                    + " d.status = 'PENDING' and d.attempts > 0 group by d.channel", Object[].class)
                    .setParameter("k", siteKey).getResultList()) {
                String channel = (String) row[0];
                String error = em().createQuery("select d.lastError from Delivery d where d.siteKey = :k and d.channel = :c"
                        + " and d.status = 'PENDING' and d.attempts > 0 order by d.nextAt desc", String.class)
                        .setParameter("k", siteKey).setParameter("c", channel).setMaxResults(1).getResultStream()
                        .findFirst().orElse("");
                out.add(new Trouble(channel, ((Number) row[1]).longValue(), error));
            }
            return out;
        });
    }

    /** A dead letter goes back to the queue as new: tries counted from zero, due now. */
    public Delivery resend(String siteKey, String id, String user) {
        return context.transactions().required(() -> {
            Delivery d = em().find(Delivery.class, id);
            if (d == null || !siteKey.equals(d.siteKey)) {
                throw ApiProblem.notFound("No delivery " + id + " on " + siteKey);
            }
            if (!Delivery.DEAD.equals(d.status)) {
                throw new ApiProblem(409, "Chỉ gửi lại được thư hỏng / only dead letters can be sent again (this one is "
                        + d.status + ")", Map.of());
            }
            d.status = Delivery.PENDING;
            d.attempts = 0;
            d.nextAt = Timestamp.from(Instant.now());
            Attempt a = new Attempt();
            a.id = java.util.UUID.randomUUID().toString();
            a.deliveryId = d.id;
            a.attemptNo = 0;
            a.attemptedAt = d.nextAt;
            a.outcome = "RESENT";
            a.detail = "by " + user;
            em().persist(a);
            context.audit().record("delivery.resent", siteKey, d.id, d.channel + " " + d.kind);
            return d;
        });
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
