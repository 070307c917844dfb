package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** One status change of a dossier, with who made it and why. */
@Entity
@Table(name = "eform_history")
public class HistoryEntry {

    @Id
    String id;
    @Column(name = "dossier_id")
    String dossierId;
    Timestamp at;
    @Column(name = "from_status")
    String fromStatus;
    @Column(name = "to_status")
    String toStatus;
    String actor;
    @Column(name = "comment_text")
    String comment;
}
