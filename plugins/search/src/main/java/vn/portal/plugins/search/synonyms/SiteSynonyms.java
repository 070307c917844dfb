package vn.portal.plugins.search.synonyms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/** A site's own synonym rules (replacing the defaults), as an administrator wrote them. */
@Entity
@Table(name = "search_synonyms")
public class SiteSynonyms {

    @Id
    @Column(name = "site_key")
    String siteKey;
    String rules;
    @Column(name = "updated_by")
    String updatedBy;
    @Column(name = "updated_at")
    Timestamp updatedAt;
}
