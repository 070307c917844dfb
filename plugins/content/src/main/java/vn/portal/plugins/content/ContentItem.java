package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Timestamp;

/** The working copy of an item: what editors see and change. */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    String type;
    String locale;
    /** The original this item translates (null for an original). */
    @Column(name = "translation_of")
    String translationOf;
    String slug;
    String title;
    String summary;
    /** The type's fields as a JSON object of strings. */
    String fields;
    /** Category slugs of the site, space-separated. */
    String categories;
    String status;
    /** Optimistic lock: an edit based on an older version is refused. */
    @Version
    int version;
    /** Number of the latest revision. */
    int revision;
    String author;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "updated_by")
    String updatedBy;
    @Column(name = "updated_at")
    Timestamp updatedAt;
    @Column(name = "publish_at")
    Timestamp publishAt;
    @Column(name = "expire_at")
    Timestamp expireAt;
    @Column(name = "published_at")
    Timestamp publishedAt;
}
