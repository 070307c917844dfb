package vn.portal.plugins.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/**
 * Someone who wants to hear about new content of a site ({@code SITE}), one of its categories
 * ({@code CATEGORY}), a sector ({@code SECTOR}) or an administrative unit ({@code UNIT}), or a
 * site's dossier events ({@code DOSSIERS}, webhooks); on one channel at one address.
 */
@Entity
@Table(name = "notify_subscription")
public class Subscription {

    public static final String PENDING = "PENDING";
    public static final String ACTIVE = "ACTIVE";
    public static final String UNSUBSCRIBED = "UNSUBSCRIBED";

    @Id
    public String id;
    @Column(name = "site_key")
    public String siteKey;
    public String topic;
    @Column(name = "topic_value")
    public String topicValue;
    public String channel;
    public String address;
    @Column(name = "user_id")
    public String userId;
    public String locale;
    /** NONE, DAILY or WEEKLY. */
    public String digest;
    public String status;
    @Column(name = "created_at")
    public Timestamp createdAt;
    @Column(name = "confirmed_at")
    public Timestamp confirmedAt;
    @Column(name = "ended_at")
    public Timestamp endedAt;
}
