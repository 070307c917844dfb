package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.Objects;

/** One saved state of an item; never changed afterwards. */
@Entity
@Table(name = "content_revision")
@IdClass(ContentRevision.Key.class)
public class ContentRevision {

    @Id
    @Column(name = "item_id")
    String itemId;
    @Id
    int revision;
    String title;
    String slug;
    String summary;
    String fields;
    /** Category slugs of the site, space-separated. */
    String categories;
    String author;
    @Column(name = "created_at")
    Timestamp createdAt;
    String note;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String itemId;
        int revision;

        public Key() {
        }

        Key(String itemId, int revision) {
            this.itemId = itemId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.itemId.equals(itemId) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, revision);
        }
    }
}
