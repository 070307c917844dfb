package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The plugin's signing key, made on first start and shared by every node through the database. */
@Entity
@Table(name = "eform_secret")
public class Secret {

    @Id
    String id;
    @Column(name = "secret_value")
    String value;
}
