package vn.portal.kernel.core.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.Timestamp;

/** Row of {@code kernel_site}. Lists are stored as comma-separated text, settings as JSON. */
@Entity
@Table(name = "kernel_site")
public class SiteEntity {

    @Id
    @Column(name = "site_key")
    String key;
    @Column(name = "name_vi")
    String nameVi;
    @Column(name = "name_en")
    String nameEn;
    String kind;
    @Column(name = "parent_key")
    String parentKey;
    @Column(name = "agency_code")
    String agencyCode;
    @Column(name = "unit_code")
    String unitCode;
    String hosts;
    @Column(name = "path_prefix")
    String pathPrefix;
    String locales;
    String theme;
    String status;
    @Column(name = "redirect_to")
    String redirectTo;
    boolean sample;
    String settings;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;
    @Version
    long version;
}
