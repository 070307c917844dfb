package vn.portal.plugins.notify.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A line of the delivery log: one try of one delivery and its outcome (SENT, RETRY, DEAD, RESENT). */
@Entity
@Cacheable(false)
@Table(name = "notify_attempt")
public class Attempt {

    @Id
    public String id;
    @Column(name = "delivery_id")
    public String deliveryId;
    @Column(name = "attempt_no")
    public int attemptNo;
    @Column(name = "attempted_at")
    public Timestamp attemptedAt;
    public String outcome;
    public String detail;
}
