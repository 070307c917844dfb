package vn.portal.kernel.core.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.portal.kernel.core.common.AfterCommit;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/**
 * The append-only, hash-chained audit log. Administrative changes are recorded once
 * their transaction commits (a rolled-back change is not claimed as done); security
 * events such as failed sign-ins are recorded at once.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry registry;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    /** Records an event of the current request's user (or "anonymous") after the current transaction commits. */
    public void record(String action, String target, String siteKey, String plugin, String details) {
        RequestContext ctx = RequestContext.current();
        String actor = ctx.user() == null ? "anonymous" : ctx.user().username();
        AuditRecord r = new AuditRecord(0, Instant.now(), actor, ctx.sourceIp(), action, target, siteKey, plugin, details,
                null, null);
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            AfterCommit.run(registry, () -> appendSafely(r));
        } else {
            appendSafely(r);
        }
    }

    /** Records at once, whatever happens to the current transaction (sign-in failures, lockouts). */
    public void recordNow(String actor, String action, String target, String details) {
        appendSafely(new AuditRecord(0, Instant.now(), actor, RequestContext.current().sourceIp(), action, target,
                RequestContext.current().siteKey(), null, details, null, null));
    }

    private void appendSafely(AuditRecord r) {
        try {
            append(r);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "AUDIT RECORD LOST: " + r + ": " + e.getMessage(), e);
        }
    }

    /** Appends with the next sequence number; a concurrent writer (another node) makes it retry. */
    synchronized void append(AuditRecord r) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                appendOnce(r);
                return;
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLException) || attempt == 4) {
                    throw e;
                }
            }
        }
    }

    @jakarta.inject.Inject
    AuditWriter writer;

    private void appendOnce(AuditRecord r) {
        writer.append(r);
    }

    /** Records matching the filters, newest first. */
    public List<AuditRecord> search(String actor, String action, String siteKey, Instant from, Instant to, int offset,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM kernel_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(sql, args, "actor = ?", actor);
        filter(sql, args, "action LIKE ?", action == null ? null : action + "%");
        filter(sql, args, "site_key = ?", siteKey);
        filter(sql, args, "at >= ?", from);
        filter(sql, args, "at < ?", to);
        sql.append(" ORDER BY seq DESC OFFSET ").append(Math.max(0, offset)).append(" ROWS FETCH NEXT ")
                .append(Math.min(Math.max(1, limit), 10_000)).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), AuditLog::map, args.toArray());
    }

    public AuditChain.Verification verify() {
        return AuditChain.verify(jdbc.query("SELECT * FROM kernel_audit ORDER BY seq", AuditLog::map));
    }

    /** Deletes records older than the retention period; the chain stays verifiable from the oldest kept. */
    public int purgeOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM kernel_audit WHERE at < ?", cutoff);
    }

    private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    static AuditRecord map(java.sql.ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("source_ip"),
                rs.getString("action"), rs.getString("target"), rs.getString("site_key"), rs.getString("plugin"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
