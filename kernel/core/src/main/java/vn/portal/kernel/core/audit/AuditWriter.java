package vn.portal.kernel.core.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/** Writes one audit record in a transaction of its own, so a caller's rollback cannot erase it. */
@ApplicationScoped
public class AuditWriter {

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditRecord record) {
        // store and hash the same instant: databases round sub-microsecond digits, which can
        // carry into the millisecond the hash covers and make an intact record look altered
        AuditRecord r = new AuditRecord(0, record.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), record.actor(),
                record.sourceIp(), record.action(), record.target(), record.siteKey(), record.plugin(), record.details(),
                null, null);
        Jdbc jdbc = new Jdbc(dataSource);
        AuditRecord last = jdbc.one("SELECT seq, hash FROM kernel_audit WHERE seq = (SELECT MAX(seq) FROM kernel_audit)",
                rs -> new AuditRecord(rs.getLong(1), null, null, null, null, null, null, null, null, null, rs.getString(2)))
                .orElse(null);
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? AuditChain.GENESIS : last.hash();
        jdbc.update("INSERT INTO kernel_audit (seq, at, actor, source_ip, action, target, site_key, plugin, details,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq, r.at(), r.actor(), r.sourceIp(),
                r.action(), r.target(), r.siteKey(), r.plugin(), r.details(), prev, AuditChain.hash(prev, seq, r));
    }
}
