package vn.portal.plugins.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** An administrator's version of a message template (kind × channel × locale); without one, the built-in default applies. */
@Entity
@Table(name = "notify_template")
public class Template {

    @Id
    public String id;
    public String kind;
    public String channel;
    public String locale;
    public String subject;
    public String body;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Timestamp updatedAt;
}
