package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** One upload of a downloadable form: the bytes (a blob), their type as read from them, who and when. */
@Entity
@Table(name = "eform_file_version")
public class FormFileVersion {

    @Id
    String id;
    @Column(name = "file_id")
    String fileId;
    int version;
    /** The name the uploader's computer gave; shown to staff, never used to serve the file. */
    @Column(name = "file_name")
    String fileName;
    @Column(name = "content_type")
    String contentType;
    @Column(name = "size_bytes")
    long sizeBytes;
    String sha256;
    @Column(name = "blob_id")
    String blobId;
    @Column(name = "uploaded_by")
    String uploadedBy;
    @Column(name = "uploaded_at")
    Timestamp uploadedAt;
}
