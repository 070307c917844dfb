package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** One step of an item through its workflow, with who did it and why. */
@Entity
@Table(name = "content_transition")
public class ContentTransition {

    @Id
    String id;
    @Column(name = "item_id")
    String itemId;
    String action;
    @Column(name = "from_status")
    String fromStatus;
    @Column(name = "to_status")
    String toStatus;
    String actor;
    String note;
    Timestamp at;
}
