package vn.portal.plugins.notify.web;

import vn.portal.plugins.notify.domain.Attempt;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.domain.InboxMessage;
import vn.portal.plugins.notify.domain.Subscription;

/** What the REST API returns (never entities). */
public final class Views {

    private Views() {
    }

    public record DeliveryView(String id, String idempotencyKey, String eventId, String eventType, String kind, String channel,
            String recipient, String locale, String status, int attempts, String nextAt, String lastError, String createdAt,
            String sentAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id, d.idemKey, d.eventId, d.eventType, d.kind, d.channel, d.recipient, d.locale,
                    d.status, d.attempts, str(d.nextAt), d.lastError, str(d.createdAt), str(d.sentAt));
        }
    }

    public record AttemptView(int attempt, String at, String outcome, String detail) {
        static AttemptView of(Attempt a) {
            return new AttemptView(a.attemptNo, str(a.attemptedAt), a.outcome, a.detail);
        }
    }

    public record SubscriptionView(String id, String siteKey, String topic, String value, String channel, String address,
            String digest, String status, String createdAt) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id, s.siteKey, s.topic, s.topicValue, s.channel, s.address, s.digest, s.status,
                    str(s.createdAt));
        }
    }

    public record InboxView(String id, String subject, String body, String link, String createdAt, boolean read) {
        static InboxView of(InboxMessage m) {
            return new InboxView(m.id, m.subject, m.body, m.link, str(m.createdAt), m.readAt != null);
        }
    }

    static String str(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
