package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** The public copy of an item, made when it is published; the only table public pages read. */
@Entity
@Table(name = "content_published")
public class PublishedItem {

    @Id
    @Column(name = "item_id")
    String itemId;
    @Column(name = "site_key")
    String siteKey;
    String type;
    String locale;
    String slug;
    String title;
    String summary;
    String fields;
    /** Category slugs of the site, space-separated. */
    String categories;
    int revision;
    String author;
    @Column(name = "published_at")
    Timestamp publishedAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;
}
