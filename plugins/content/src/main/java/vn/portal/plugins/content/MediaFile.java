package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/**
 * An image or document of a site's media library: the kernel blob that holds the bytes and
 * what people need to find and reuse it (name, title, the image's description for screen readers).
 */
@Entity
@Table(name = "content_media")
public class MediaFile {

    static final String IMAGE = "image";
    static final String DOCUMENT = "document";

    @Id
    @Column(name = "blob_id")
    String blobId;
    @Column(name = "site_key")
    String siteKey;
    /** {@link #IMAGE} or {@link #DOCUMENT}. */
    String kind;
    /** As read from the bytes ({@code FileTypes}), never from the name. */
    @Column(name = "media_type")
    String mediaType;
    /** The name the file had on the uploader's computer, NFC, without folders. */
    @Column(name = "file_name")
    String fileName;
    String title;
    /** What the image shows, for people who cannot see it (WCAG 1.1.1). */
    @Column(name = "alt_text")
    String altText;
    @Column(name = "search_text")
    String searchText;
    @Column(name = "size_bytes")
    long size;
    Integer width;
    Integer height;
    @Column(name = "uploaded_by")
    String uploadedBy;
    @Column(name = "uploaded_at")
    Timestamp uploadedAt;

    boolean isImage() {
        return IMAGE.equals(kind);
    }

    /** The title, else the file name: what lists show. */
    String label() {
        return title != null ? title : fileName;
    }
}
