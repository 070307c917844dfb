package vn.portal.kernel.core.audit;

import java.time.Instant;

/** One line of the audit log: who, when, from where, what, on what, with a before/after summary. */
public record AuditRecord(long seq, Instant at, String actor, String sourceIp, String action, String target,
        String siteKey, String plugin, String details, String prevHash, String hash) {
}
