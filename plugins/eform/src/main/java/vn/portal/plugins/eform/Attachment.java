package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A file of a draft or a dossier; the bytes are a blob. Stage SUBMISSION or SUPPLEMENT (added on request). */
@Entity
@Table(name = "eform_attachment")
public class Attachment {

    @Id
    String id;
    @Column(name = "dossier_id")
    String dossierId;
    @Column(name = "draft_id")
    String draftId;
    String field;
    @Column(name = "file_name")
    String fileName;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "size_bytes")
    long sizeBytes;
    String sha256;
    @Column(name = "blob_id")
    String blobId;
    String stage;
    @Column(name = "added_at")
    Timestamp addedAt;
}
