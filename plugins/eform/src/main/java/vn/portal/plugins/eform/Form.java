package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A form of a site for one procedure; its definitions are the versions. */
@Entity
@Table(name = "eform_form")
public class Form {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    @Column(name = "form_key")
    String formKey;
    @Column(name = "procedure_code")
    String procedureCode;
    @Column(name = "title_vi")
    String titleVi;
    @Column(name = "title_en")
    String titleEn;
    /** The published version citizens fill in; null until one is published. */
    @Column(name = "current_version")
    Integer currentVersion;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;
}
