package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** An item of one site shown on another (PROPOSAL upwards, PUSH downwards). */
@Entity
@Table(name = "content_syndication")
public class Syndication {

    @Id
    String id;
    @Column(name = "item_id")
    String itemId;
    @Column(name = "source_site")
    String sourceSite;
    @Column(name = "target_site")
    String targetSite;
    /** PROPOSAL or PUSH. */
    String kind;
    /** PROPOSED, ACCEPTED, REJECTED, WITHDRAWN. */
    String status;
    boolean mandatory;
    @Column(name = "requested_by")
    String requestedBy;
    @Column(name = "requested_at")
    Timestamp requestedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_at")
    Timestamp decidedAt;
    String note;
}
