package vn.portal.plugins.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A signed-in person's notification choices. */
@Entity
@Table(name = "notify_preference")
public class Preference {

    @Id
    @Column(name = "user_id")
    public String userId;
    public String email;
    public String phone;
    public String locale;
    /** Space-separated channel ids, e.g. {@code email inbox}. */
    public String channels;
    /** NONE, DAILY or WEEKLY for content subscriptions. */
    public String digest;
    @Column(name = "updated_at")
    public Timestamp updatedAt;
}
