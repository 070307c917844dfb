package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** One version of a form's definition: DRAFT while designed, then PUBLISHED and never changed. */
@Entity
@Table(name = "eform_form_version")
public class FormVersion {

    @Id
    String id;
    @Column(name = "form_id")
    String formId;
    int version;
    String status;
    String definition;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "published_at")
    Timestamp publishedAt;
}
