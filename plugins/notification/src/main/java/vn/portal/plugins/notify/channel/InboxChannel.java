package vn.portal.plugins.notify.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.api.TextFormat;
import vn.portal.plugins.notify.domain.InboxMessage;

/**
 * The portal's own inbox: the message is stored for the signed-in person (recipient = user id)
 * and counted in the unread badge of the public header. A repeat of the same delivery is ignored
 * (the inbox row is keyed by the delivery's idempotency key), so here "exactly once" holds.
 */
@Extension
public class InboxChannel implements NotificationChannel {

    private final PluginContext context;

    public InboxChannel(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "inbox";
    }

    @Override
    public TextFormat format() {
        return TextFormat.PLAIN;
    }

    @Override
    public int defaultRatePerSecond() {
        return 1000;
    }

    @Override
    public String checkAddress(String address) {
        return address == null || address.isBlank() ? "Hộp thư cần người dùng đã đăng nhập / the inbox needs a user id" : null;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        try {
            context.transactions().required(() -> {
                var em = context.persistence().entityManager();
                boolean there = !em.createQuery("select i.id from InboxMessage i where i.deliveryKey = :k", String.class)
                        .setParameter("k", m.key()).getResultList().isEmpty();
                if (!there) {
                    InboxMessage i = new InboxMessage();
                    i.id = UUID.randomUUID().toString();
                    i.userId = m.recipient();
                    i.deliveryKey = m.key();
                    i.subject = m.subject().isBlank() ? "(…)" : truncate(m.subject(), 500);
                    i.body = m.text();
                    i.link = m.link() == null ? null : truncate(m.link(), 1000);
                    i.createdAt = Timestamp.from(Instant.now());
                    em.persist(i);
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw DeliveryException.transient_("Không lưu được vào hộp thư / could not store in the inbox: " + e, e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
