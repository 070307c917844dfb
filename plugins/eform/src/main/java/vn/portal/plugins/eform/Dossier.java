package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Timestamp;

/** A submitted application (hồ sơ): the answers as given, under the form version they were made with. */
@Entity
@Table(name = "eform_dossier")
public class Dossier {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    @Column(name = "receipt_code")
    String receiptCode;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "idempotency_key")
    String idempotencyKey;
    @Column(name = "form_id")
    String formId;
    @Column(name = "form_version")
    int formVersion;
    @Column(name = "procedure_code")
    String procedureCode;
    @Column(name = "agency_code")
    String agencyCode;
    String status;
    String handler;
    @Column(name = "applicant_name")
    String applicantName;
    @Column(name = "applicant_email")
    String applicantEmail;
    @Column(name = "applicant_phone")
    String applicantPhone;
    @Column(name = "user_id")
    String userId;
    String locale;
    String answers;
    /** The automatic completeness check found every document it asks for. */
    boolean complete;
    /** Names of the missing documents' fields, comma-separated. */
    String missing;
    /** Sent by the applicant through the portal, not entered by the site's staff at the desk (the online share). */
    boolean online;
    @Column(name = "received_at")
    Timestamp receivedAt;
    @Column(name = "processing_at")
    Timestamp processingAt;
    @Column(name = "result_at")
    Timestamp resultAt;
    @Column(name = "returned_at")
    Timestamp returnedAt;
    @Column(name = "due_at")
    Timestamp dueAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;
    /** The applicant's satisfaction ({@link Rating}), once the result was returned; given once. */
    String rating;
    @Column(name = "rated_at")
    Timestamp ratedAt;
    @Version
    @Column(name = "row_version")
    int rowVersion;
}
