package vn.portal.plugins.notify.delivery;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.template.MessageKind;
import vn.portal.plugins.notify.template.Rendered;
import vn.portal.plugins.notify.template.TemplateException;
import vn.portal.plugins.notify.template.Templates;

/**
 * Sends what the listeners queued, outside their transactions. Each round claims due deliveries
 * with a conditional update and a lease (safe with several nodes: a row is claimed by one), sends
 * them one by one and marks each SENT in its own short transaction right after the channel
 * accepted it. A crash between "accepted" and "marked" is the only way a message goes out twice:
 * after the lease ends the delivery is claimed again and re-sent with the same idempotency key
 * (the e-mail's Message-ID), so receivers can drop it. Failures are retried with backoff; after
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
    private volatile boolean running;

    public DeliverySender(PluginContext context, Channels channels, Templates templates) {
        this.context = context;
        this.channels = channels;
        this.templates = templates;
        this.settings = context.settings();
        this.limiter = new RateLimiter(this::ratePerSecond);
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
    }

    private void round() {
        if (!running) {
            return;
        }
        int handled = 0;
        try {
            handled = sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "[plugin=notify] sender round failed; trying again shortly: " + e, e);
        } finally {
            if (running) {
                context.scheduler().runOnceAt("sender", handled > 0 ? Instant.now()
                        : Instant.now().plusMillis(setting("sender.poll-ms", 200)), this::round);
            }
        }
    }

    /** One round: claim, send, mark. @return how many deliveries were claimed */
    public int sendDue() {
        List<Delivery> claimed = claim(setting("sender.batch", 100), Duration.ofSeconds(setting("sender.lease-seconds", 30)));
        for (Delivery d : claimed) {
            if (!running) {
                release(d); // the plugin is stopping: leave the rest for the next start
                continue;
            }
            send(d);
        }
        return claimed.size();
    }

    List<Delivery> claim(int batch, Duration lease) {
        return context.transactions().required(() -> {
            EntityManager em = context.persistence().entityManager();
            Timestamp now = Timestamp.from(Instant.now());
            List<String> ids = em.createQuery("select d.id from Delivery d where (d.status = 'PENDING' and d.nextAt <= :now)"
                    + " or (d.status = 'SENDING' and d.leaseUntil < :now) order by d.nextAt", String.class)
                    .setParameter("now", now).setMaxResults(batch).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            String token = UUID.randomUUID().toString();
            // conditional: a row another node claimed meanwhile no longer matches and is skipped
            em.createQuery("update Delivery d set d.status = 'SENDING', d.claimToken = :t, d.leaseUntil = :lease"
                    + " where d.id in :ids and ((d.status = 'PENDING' and d.nextAt <= :now)"
                    + " or (d.status = 'SENDING' and d.leaseUntil < :now))").setParameter("t", token)
                    .setParameter("lease", Timestamp.from(now.toInstant().plus(lease))).setParameter("ids", ids)
                    .setParameter("now", now).executeUpdate();
            return em.createQuery("select d from Delivery d where d.claimToken = :t order by d.nextAt", Delivery.class)
                    .setParameter("t", token).getResultList();
        });
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
        try {
            limiter.acquire(d.channel);
            channel.send(m);
        } catch (DeliveryException e) {
            fail(d, e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(d);
            return;
        } catch (RuntimeException e) {
            fail(d, DeliveryException.transient_(String.valueOf(e), e));
            return;
        }
        markSent(d, r.problem());
    }

    private void markSent(Delivery d, String templateProblem) {
        context.transactions().required(() -> {
            EntityManager em = context.persistence().entityManager();
            int n = em.createQuery("update Delivery d set d.status = 'SENT', d.sentAt = :now, d.attempts = d.attempts + 1,"
                    + " d.lastError = :problem, d.claimToken = null, d.leaseUntil = null where d.id = :id and d.claimToken = :t")
                    .setParameter("now", Timestamp.from(Instant.now())).setParameter("problem", templateProblem)
                    .setParameter("id", d.id).setParameter("t", d.claimToken).executeUpdate();
            d.attempts++;
            DeliveryQueue.log(em, d, "SENT", n == 1 ? templateProblem : "sent after the lease had ended");
            return null;
        });
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
