package vn.portal.plugins.notify.delivery;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.domain.Delivery;

/**
 * "Sent" marks of one node's sender. Right after a channel accepted a message its key goes to the
 * {@link SentJournal} (one write(), no database round trip), and the database marks follow a few
 * at a time: one commit and one JDBC batch for many messages instead of a commit per message. A
 * kill -9 before the marks are committed loses nothing: the next start marks what the journal
 * lists before sending. A channel that reports its hand-over (e-mail: the final "." of DATA is in
 * the socket) has it journaled before the answer is read, so the only message that can still go
 * out twice is one killed within the instant between that write to the socket and the journal's
 * write() (ADR 0006).
 */
final class SentMarks {

    private static final Logger LOG = Logger.getLogger(SentMarks.class.getName());

    /** A message a channel accepted, not yet marked in the database. */
    private record Mark(Delivery delivery, Instant sentAt, String templateProblem) {
    }

    private static final String MARK_SENT = "UPDATE notify_delivery SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
            + " last_error = ?, claim_token = NULL, lease_until = NULL WHERE id = ? AND claim_token = ?";
    /** Only rows still being sent: a row an administrator moved on since is left as it is. */
    private static final String RECONCILE = "UPDATE notify_delivery SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
            + " claim_token = NULL, lease_until = NULL WHERE idem_key = ? AND status = 'SENDING'";

    /** The delivery log's word on a message taken as sent without the server's answer (only e-mail reports hand-overs). */
    static final String HANDED_OVER_NOTE = "Đã giao cho máy chủ thư; cổng dừng trước khi nhận trả lời"
            + " / handed over to the mail server; the portal stopped before its answer";

    private final PluginContext context;
    private final SentJournal journal;
    private final Map<String, Mark> pending = new LinkedHashMap<>(); // by delivery id
    private long oldestNanos;
    private boolean journalBroken;

    SentMarks(PluginContext context, SentJournal journal) {
        this.context = context;
        this.journal = journal;
    }

    /**
     * Marks what the journal lists (sent before the last stop or crash, perhaps not marked) as
     * sent, then empties it. Run before this node sends anything.
     *
     * @return how many deliveries it marked
     */
    synchronized int reconcile() {
        Map<String, SentJournal.Listed> listed = journal.read();
        int marked = 0;
        List<String> unanswered = new ArrayList<>(); // delivery ids
        if (!listed.isEmpty()) {
            List<Map.Entry<String, SentJournal.Listed>> entries = new ArrayList<>(listed.entrySet());
            for (int from = 0; from < entries.size(); from += 500) {
                List<Map.Entry<String, SentJournal.Listed>> chunk = entries.subList(from, Math.min(entries.size(), from + 500));
                marked += context.transactions().required(() -> reconcile(chunk, unanswered));
            }
            LOG.info("[plugin=notify] " + listed.size() + " message(s) sent before the last stop were in this node's"
                    + " journal; " + marked + " of them were not marked sent yet and are now (they are not sent again)");
            if (!unanswered.isEmpty()) {
                // the one case that can lose a message: the server refused it in the instant the portal died
                LOG.warning("[plugin=notify] " + unanswered.size() + " of them had been handed over to the mail server"
                        + " when the portal stopped, before its answer, and are taken as sent (their delivery log says"
                        + " so): deliveries " + String.join(", ", unanswered.subList(0, Math.min(20, unanswered.size())))
                        + (unanswered.size() > 20 ? ", …" : ""));
            }
        }
        clearJournal();
        return marked;
    }

    /**
     * Marks one chunk in the caller's transaction; adds the ids of those marked from a hand-over
     * without its answer to {@code unanswered}. @return how many it marked
     */
    private int reconcile(List<Map.Entry<String, SentJournal.Listed>> chunk, List<String> unanswered) {
        int[] counts = batch(RECONCILE, chunk.size(), (ps, i) -> {
            ps.setTimestamp(1, Timestamp.from(chunk.get(i).getValue().at()));
            ps.setString(2, chunk.get(i).getKey());
        });
        int marked = 0;
        Map<String, Instant> handedOver = new LinkedHashMap<>(); // key -> when
        for (int i = 0; i < counts.length; i++) {
            int n = counts[i] == Statement.SUCCESS_NO_INFO ? 1 : counts[i];
            marked += n;
            if (n > 0 && !chunk.get(i).getValue().answerRead()) {
                handedOver.put(chunk.get(i).getKey(), chunk.get(i).getValue().at());
            }
        }
        if (!handedOver.isEmpty()) {
            EntityManager em = context.persistence().entityManager();
            for (Delivery d : em.createQuery("select d from Delivery d where d.idemKey in :keys", Delivery.class)
                    .setParameter("keys", List.copyOf(handedOver.keySet())).getResultList()) {
                DeliveryQueue.log(em, d, "SENT", HANDED_OVER_NOTE, handedOver.get(d.idemKey));
                unanswered.add(d.id);
            }
        }
        return marked;
    }

    /** The channel accepted this delivery's message just now. */
    synchronized void sent(Delivery d, String templateProblem) {
        Instant now = Instant.now();
        if (pending.isEmpty()) {
            oldestNanos = System.nanoTime();
        }
        pending.put(d.id, new Mark(d, now, templateProblem));
        try {
            journal.append(d.idemKey, now);
        } catch (RuntimeException e) {
            noteJournalBroken(e);
            flush();
        }
    }

    private void noteJournalBroken(RuntimeException e) {
        if (!journalBroken) {
            LOG.log(Level.WARNING, "[plugin=notify] the sent journal cannot be written; every message is marked"
                    + " in the database at once instead (slower): " + e.getMessage(), e);
            journalBroken = true;
        }
    }

    /**
     * The channel has handed this delivery's message over and waits for the answer. If the portal
     * dies before {@link #sent} or {@link #cancelled}, the next start takes it as sent.
     */
    synchronized void handedOver(Delivery d) {
        if (journalBroken) {
            return; // the database marks are written at once instead, after the answer
        }
        try {
            journal.appendHandOver(d.idemKey, Instant.now());
        } catch (RuntimeException e) {
            noteJournalBroken(e);
        }
    }

    /** The answer to a hand-over was a refusal or a broken connection: the message is not sent. */
    synchronized void cancelled(Delivery d) {
        try {
            journal.appendCancel(d.idemKey, Instant.now());
        } catch (RuntimeException e) {
            // the failure is committed right after this; only a crash before that commit would take
            // the hand-over as sent
            LOG.warning("[plugin=notify] the sent journal cannot take back the hand-over of delivery " + d.id + ": "
                    + e.getMessage());
        }
    }

    /**
     * True when this delivery was sent and its mark is still waiting (a claim after its lease ended,
     * which only happens when marking failed for that long): it must not be sent again. The mark
     * then carries the new claim.
     */
    synchronized boolean alreadySent(Delivery claimed) {
        Mark m = pending.get(claimed.id);
        if (m == null) {
            return false;
        }
        pending.put(claimed.id, new Mark(claimed, m.sentAt(), m.templateProblem()));
        return true;
    }

    /** Marks in the database when {@code max} are waiting or the oldest waited {@code maxMillis}. */
    synchronized void flushIfDue(int max, long maxMillis) {
        if (pending.size() >= max || (!pending.isEmpty() && System.nanoTime() - oldestNanos >= maxMillis * 1_000_000)) {
            flush();
        }
    }

    /**
     * Marks every waiting message sent, in one transaction, then empties the journal (everything in
     * it is marked now). On failure the marks stay waiting, and the journal keeps them, for the next
     * try.
     */
    synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Mark> marks = new ArrayList<>(pending.values());
        context.transactions().required(() -> {
            int[] counts = batch(MARK_SENT, marks.size(), (ps, i) -> {
                Mark m = marks.get(i);
                ps.setTimestamp(1, Timestamp.from(m.sentAt()));
                ps.setString(2, m.templateProblem());
                ps.setString(3, m.delivery().id);
                ps.setString(4, m.delivery().claimToken);
            });
            EntityManager em = context.persistence().entityManager();
            for (int i = 0; i < marks.size(); i++) {
                Mark m = marks.get(i);
                boolean marked = counts[i] == 1 || counts[i] == Statement.SUCCESS_NO_INFO;
                m.delivery().attempts++;
                // the delivery row says when it was sent and after how many tries (the log shows
                // that line from it): a log row only for what the row cannot say
                if (!marked || m.templateProblem() != null) {
                    DeliveryQueue.log(em, m.delivery(), "SENT", marked ? m.templateProblem() : "sent after the lease had ended");
                }
            }
            return null;
        });
        pending.clear();
        clearJournal();
    }

    private void clearJournal() {
        try {
            journal.clear();
        } catch (RuntimeException e) {
            // harmless for correctness: a start marks only rows still SENDING, which these are not
            LOG.warning("[plugin=notify] the sent journal could not be emptied: " + e.getMessage());
        }
    }

    /** Marks what is waiting and closes the journal (the plugin stops). */
    synchronized void close() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "[plugin=notify] sent marks could not be written at stop; the journal has them for the"
                    + " next start: " + e, e);
        }
        journal.close();
    }

    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    /** One JDBC batch on the transaction's connection: one round trip for many rows. */
    private int[] batch(String sql, int rows, Binder binder) {
        Connection c = context.persistence().entityManager().unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("No JDBC connection in this transaction to mark deliveries sent");
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                binder.bind(ps, i);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark deliveries sent: " + e.getMessage(), e);
        }
    }
}
