package vn.portal.plugins.notify.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A message in a signed-in person's portal inbox. */
@Entity
@Cacheable(false)
@Table(name = "notify_inbox")
public class InboxMessage {

    @Id
    public String id;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "delivery_key")
    public String deliveryKey;
    public String subject;
    public String body;
    public String link;
    @Column(name = "created_at")
    public Timestamp createdAt;
    @Column(name = "read_at")
    public Timestamp readAt;
}
