package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.audit.AuditRecord;

/** An audit record as a table row: {@link AuditRecord} is a record, which EL cannot read. */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seq;
    private final String at;
    private final String actor;
    private final String sourceIp;
    private final String action;
    private final String target;
    private final String targetName;
    private final String site;
    private final String plugin;
    private final String details;
    private final String hash;

    /** @param targetName a readable name for the target (a user's name for a user id), or null */
    AuditRow(AuditRecord r, String targetName) {
        this.seq = r.seq();
        this.at = AdminTime.seconds(r.at());
        this.actor = r.actor();
        this.sourceIp = r.sourceIp();
        this.action = r.action();
        this.target = r.target();
        this.targetName = targetName;
        this.site = r.siteKey();
        this.plugin = r.plugin();
        this.details = r.details();
        this.hash = r.hash() == null ? "" : r.hash().substring(0, Math.min(8, r.hash().length()));
    }

    public long getSeq() {
        return seq;
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getSite() {
        return site;
    }

    public String getPlugin() {
        return plugin;
    }

    public String getDetails() {
        return details;
    }

    /** The first characters of the record's hash, enough to compare with an export. */
    public String getHash() {
        return hash;
    }
}
