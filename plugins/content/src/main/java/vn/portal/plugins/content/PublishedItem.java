package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;
import java.util.Map;

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
    /** The id of the original item: its own id, or for a translation its original's (see V11). */
    @Column(name = "family_id")
    String familyId;
    @Column(name = "published_at")
    Timestamp publishedAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;

    @jakarta.persistence.Transient
    private Map<String, Object> values;

    /** Takes what the public sees of the item (all but the id and the dates), with these fields. */
    void copy(ContentItem item, String fieldsJson) {
        siteKey = item.siteKey;
        type = item.type;
        locale = item.locale;
        slug = item.slug;
        title = item.title;
        summary = item.summary;
        fields = fieldsJson;
        categories = item.categories;
        revision = item.revision;
        author = item.author;
        familyId = item.translationOf == null ? item.id : item.translationOf;
    }
    @jakarta.persistence.Transient
    private String valuesOf;

    /** The fields parsed, once per copy of the row (a page reads them several times; the body is most of it). */
    Map<String, Object> values() {
        if (values == null || valuesOf != fields) {
            values = ContentService.fieldsOf(fields);
            valuesOf = fields;
        }
        return values;
    }

    /** JPQL select list (alias {@code q}) of what a link to a published item needs; see {@link #link}. */
    static final String LINK = "q.itemId, q.siteKey, q.locale, q.type, q.slug, q.title, q.publishedAt";

    /** A detached copy holding only the {@link #LINK} columns (no summary, fields or categories). */
    static PublishedItem link(Object[] row) {
        PublishedItem p = new PublishedItem();
        p.itemId = (String) row[0];
        p.siteKey = (String) row[1];
        p.locale = (String) row[2];
        p.type = (String) row[3];
        p.slug = (String) row[4];
        p.title = (String) row[5];
        p.publishedAt = (Timestamp) row[6];
        return p;
    }
}
