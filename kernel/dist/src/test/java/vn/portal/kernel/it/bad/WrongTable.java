package vn.portal.kernel.it.bad;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maps to a table without the plugin's prefix: the kernel must refuse the plugin. */
@Entity
@Table(name = "wrong_table")
public class WrongTable {
    @Id
    public String id;
}
