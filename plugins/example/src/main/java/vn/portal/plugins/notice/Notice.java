package vn.portal.plugins.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A notice shown on one site between two times. */
@Entity
@Table(name = "notice_notice")
public class Notice {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    @Column(name = "message_vi")
    String messageVi;
    @Column(name = "message_en")
    String messageEn;
    /** info or warning */
    String level;
    @Column(name = "starts_at")
    Timestamp startsAt;
    @Column(name = "ends_at")
    Timestamp endsAt;
    boolean active;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "created_at")
    Timestamp createdAt;
}
