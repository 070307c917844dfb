package vn.portal.plugins.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One short field of a published item, for filtering public lists. */
@Entity
@Table(name = "content_field")
@IdClass(PublishedField.Key.class)
public class PublishedField {

    @Id
    @Column(name = "item_id")
    String itemId;
    @Id
    @Column(name = "field_name")
    String name;
    @Column(name = "field_value")
    String value;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String itemId;
        String name;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.itemId, itemId) && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, name);
        }
    }
}
