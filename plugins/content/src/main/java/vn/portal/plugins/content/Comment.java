package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A comment of the public on a draft open for comment (PENDING until staff approve or reject it). */
@Entity
@Table(name = "content_comment")
public class Comment {

    @Id
    String id;
    @Column(name = "item_id")
    String itemId;
    @Column(name = "site_key")
    String siteKey;
    String author;
    String email;
    String body;
    String status;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_at")
    Timestamp decidedAt;
}
