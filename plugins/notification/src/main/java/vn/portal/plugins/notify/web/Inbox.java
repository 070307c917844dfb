package vn.portal.plugins.notify.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.plugins.notify.domain.InboxMessage;

/** A signed-in person's portal inbox. */
public final class Inbox {

    private final PluginContext context;

    public Inbox(PluginContext context) {
        this.context = context;
    }

    public List<InboxMessage> messages(String userId, int max) {
        return context.transactions().required(() -> context.persistence().entityManager().createQuery(
                "select m from InboxMessage m where m.userId = :u order by m.createdAt desc", InboxMessage.class)
                .setParameter("u", userId).setMaxResults(max).getResultList());
    }

    public long unread(String userId) {
        return context.transactions().required(() -> context.persistence().entityManager().createQuery(
                "select count(m) from InboxMessage m where m.userId = :u and m.readAt is null", Long.class)
                .setParameter("u", userId).getSingleResult());
    }

    public void markRead(String userId, String id) {
        context.transactions().required(() -> {
            InboxMessage m = context.persistence().entityManager().find(InboxMessage.class, id);
            if (m == null || !m.userId.equals(userId)) {
                throw ApiProblem.notFound("No message " + id);
            }
            if (m.readAt == null) {
                m.readAt = Timestamp.from(Instant.now());
            }
            return null;
        });
    }
}
