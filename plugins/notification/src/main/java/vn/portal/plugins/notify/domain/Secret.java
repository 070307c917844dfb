package vn.portal.plugins.notify.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signing key of the plugin, made once and shared by every node. */
@Entity
@Table(name = "notify_secret")
public class Secret {

    @Id
    public String name;
    public String secret;
}
