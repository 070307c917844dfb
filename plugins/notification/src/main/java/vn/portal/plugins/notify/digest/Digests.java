package vn.portal.plugins.notify.digest;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.delivery.DeliveryQueue;
import vn.portal.plugins.notify.delivery.Recipient;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.subscription.Subscriptions;
import vn.portal.plugins.notify.template.MessageKind;

/**
 * Turns held messages (content for subscribers who chose a daily or weekly digest) into one
 * digest message per subscription: the items in the order they were published, with the
 * subscription's unsubscribe link. Each subscription is done in its own transaction that marks
 * the held rows DIGESTED — conditionally, so two runs racing for the same rows (the scheduled job
 * and an administrator's "send now", or two nodes) cannot put an item in two digests — and queues
 * the digest as an ordinary delivery, whose idempotency key names the subscription and the
 * moment, so the sender's guarantees (retries, dead letters, never twice) apply to it as well.
 * Held rows of a subscription that has ended are CANCELLED, with the reason in the delivery log.
 */
public final class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());
    /** Most items in one digest; the rest wait for the next one. */
    static final int MAX_ITEMS = 200;

    private final PluginContext context;
    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;

    public Digests(PluginContext context, DeliveryQueue queue, Subscriptions subscriptions) {
        this.context = context;
        this.queue = queue;
        this.subscriptions = subscriptions;
    }

    public DigestSchedule schedule() {
        return DigestSchedule.of(context.settings().get("digest.time").orElse(null),
                context.settings().get("digest.weekly-day").orElse(null));
    }

    /** The scheduled run: every digest whose moment has passed. @return digests queued */
    public int sendDue(Instant now) {
        DigestSchedule s = schedule();
        int n = 0;
        for (String digest : List.of("DAILY", "WEEKLY")) {
            Instant moment = s.lastMoment(digest, now);
            n += send(null, digest, moment, s.periodLabel(digest, moment));
        }
        return n;
    }

    /**
     * Everything held for {@code digest} before {@code cutoff}, of one site or (null) all sites.
     * @return how many digests were queued
     */
    public int send(String siteKey, String digest, Instant cutoff, String period) {
        int queued = 0;
        while (true) {
            List<String> ids = context.transactions().required(() -> {
                var q = em().createQuery("select distinct d.subscriptionId from Delivery d where d.status = 'HELD'"
                        + " and d.digest = :g and d.createdAt < :c" + (siteKey == null ? "" : " and d.siteKey = :k"),
                        String.class).setParameter("g", digest).setParameter("c", Timestamp.from(cutoff)).setMaxResults(100);
                return (siteKey == null ? q : q.setParameter("k", siteKey)).getResultList();
            });
            if (ids.isEmpty()) {
                return queued;
            }
            int moved = 0;
            for (String id : ids) {
                try {
                    int n = one(id, digest, cutoff, period);
                    moved += Math.abs(n);
                    if (n > 0) {
                        queued++;
                    }
                } catch (Raced e) {
                    // another run is at it; what it left is for the next pass or the next run
                }
            }
            if (moved == 0) {
                return queued; // nothing could be taken (raced, or rows without a subscription): stop here
            }
        }
    }

    /**
     * One subscription's digest.
     * @return how many held rows went into a queued digest, or minus how many were cancelled
     *         (the subscription ended); 0 when nothing was taken
     */
    int one(String subscriptionId, String digest, Instant cutoff, String period) {
        return context.transactions().required(() -> {
            EntityManager em = em();
            List<Delivery> held = em.createQuery("select d from Delivery d where d.subscriptionId = :s and"
                    + " d.status = 'HELD' and d.digest = :g and d.createdAt < :c order by d.eventAt", Delivery.class)
                    .setParameter("s", subscriptionId).setParameter("g", digest).setParameter("c", Timestamp.from(cutoff))
                    .setMaxResults(MAX_ITEMS).getResultList();
            if (held.isEmpty()) {
                return 0;
            }
            Subscription sub = subscriptionId == null ? null : em.find(Subscription.class, subscriptionId);
            boolean active = sub != null && Subscription.ACTIVE.equals(sub.status);
            List<String> rowIds = held.stream().map(d -> d.id).toList();
            int moved = em.createQuery("update Delivery d set d.status = :st, d.sentAt = :now where d.id in :ids"
                    + " and d.status = 'HELD'").setParameter("st", active ? Delivery.DIGESTED : Delivery.CANCELLED)
                    .setParameter("now", Timestamp.from(Instant.now())).setParameter("ids", rowIds).executeUpdate();
            if (moved != rowIds.size()) {
                throw new Raced(); // another run took some of them meanwhile: undo; the next run sees what is left
            }
            if (!active) {
                for (Delivery d : held) {
                    DeliveryQueue.log(em, d, Delivery.CANCELLED, "không gửi: đã hủy đăng ký / not sent: the subscription ended"
                            + " before the digest");
                }
                return -held.size();
            }
            Delivery digestRow = queue.enqueue("digest:" + sub.id + ":" + cutoff.toEpochMilli(), "notify.digest",
                    Instant.now(), sub.siteKey, MessageKind.CONTENT_DIGEST, new Recipient(sub.channel, sub.address,
                            sub.locale, sub.id, null), variables(sub, held, period));
            String where = digestRow == null ? "an earlier digest" : "digest " + digestRow.id;
            for (Delivery d : held) {
                DeliveryQueue.log(em, d, Delivery.DIGESTED, "trong bản tin / in " + where);
            }
            return digestRow == null ? 0 : held.size();
        });
    }

    private Map<String, Object> variables(Subscription sub, List<Delivery> held, String period) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Delivery d : held) {
            Map<String, Object> v = DeliveryQueue.variables(d);
            Map<String, Object> item = new LinkedHashMap<>();
            for (String name : List.of("title", "url", "summary")) {
                item.put(name, v.getOrDefault(name, ""));
            }
            items.add(item);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("siteName", context.sites().find(sub.siteKey).map(s -> "en".equals(sub.locale) && s.nameEn() != null
                && !s.nameEn().isBlank() ? s.nameEn() : s.nameVi()).orElse(sub.siteKey));
        v.put("period", period);
        v.put("count", Integer.toString(items.size()));
        v.put("items", items);
        v.put("topicLabel", subscriptions.topicLabel(sub));
        v.put("unsubscribeUrl", subscriptions.unsubscribePage(sub));
        v.put("preferencesUrl", subscriptions.preferencesPage(sub.siteKey));
        v.put("_unsubscribePost", subscriptions.unsubscribeOneClick(sub));
        LOG.fine(() -> "[plugin=notify site=" + sub.siteKey + "] digest of " + items.size() + " for subscription " + sub.id);
        return v;
    }

    /** Rolls back one subscription's digest when another run took some of its rows first. */
    static final class Raced extends RuntimeException {
        Raced() {
            super("held messages taken by another digest run", null, false, false);
        }
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
