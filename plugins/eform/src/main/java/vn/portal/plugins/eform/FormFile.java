package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/**
 * A downloadable form of a procedure on a site (level 2: printed and filled in by hand), e.g. the
 * declaration form of a birth registration. Its uploads are the versions; the current one is what
 * the stable address {@code /api/v1/eform/files/<procedure>/<key>} serves.
 */
@Entity
@Table(name = "eform_file")
public class FormFile {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    @Column(name = "procedure_code")
    String procedureCode;
    @Column(name = "file_key")
    String fileKey;
    @Column(name = "title_vi")
    String titleVi;
    @Column(name = "title_en")
    String titleEn;
    @Column(name = "current_version")
    int currentVersion;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;

    String title(String locale) {
        return "en".equals(locale) && titleEn != null && !titleEn.isBlank() ? titleEn : titleVi;
    }
}
