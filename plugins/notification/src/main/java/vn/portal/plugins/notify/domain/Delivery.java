package vn.portal.plugins.notify.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/**
 * One message to one recipient on one channel, from PENDING through SENDING (claimed with a lease)
 * to SENT, or DEAD after the last try; HELD waits for a digest, DIGESTED went into one, CANCELLED
 * was held for a subscription that ended before its digest.
 * Not cached: the sender changes rows with bulk updates, and several nodes share the table.
 */
@Entity
@Cacheable(false)
@Table(name = "notify_delivery")
public class Delivery {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String DEAD = "DEAD";
    public static final String HELD = "HELD";
    public static final String DIGESTED = "DIGESTED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public String id;
    @Column(name = "idem_key")
    public String idemKey;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public String kind;
    @Column(name = "site_key")
    public String siteKey;
    public String channel;
    public String recipient;
    public String locale;
    @Column(name = "subscription_id")
    public String subscriptionId;
    /** The template variables, a JSON object, fixed when the event arrived. */
    public String variables;
    public String status;
    public int attempts;
    @Column(name = "next_at")
    public Timestamp nextAt;
    @Column(name = "lease_until")
    public Timestamp leaseUntil;
    @Column(name = "claim_token")
    public String claimToken;
    @Column(name = "last_error")
    public String lastError;
    /** DAILY or WEEKLY for a HELD delivery, else null. */
    public String digest;
    @Column(name = "event_at")
    public Timestamp eventAt;
    @Column(name = "created_at")
    public Timestamp createdAt;
    @Column(name = "sent_at")
    public Timestamp sentAt;
}
