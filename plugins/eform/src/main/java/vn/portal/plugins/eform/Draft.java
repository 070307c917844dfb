package vn.portal.plugins.eform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Timestamp;

/**
 * A form being filled in, step by step; resumed with its secret token (only its hash is
 * kept) or by the signed-in account. Becomes at most one dossier ({@code dossierId}).
 */
@Entity
@Table(name = "eform_draft")
public class Draft {

    @Id
    String id;
    @Column(name = "site_key")
    String siteKey;
    @Column(name = "form_id")
    String formId;
    @Column(name = "form_version")
    int formVersion;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "user_id")
    String userId;
    String locale;
    int step;
    String answers;
    @Column(name = "dossier_id")
    String dossierId;
    @Column(name = "created_at")
    Timestamp createdAt;
    @Column(name = "updated_at")
    Timestamp updatedAt;
    @Column(name = "expires_at")
    Timestamp expiresAt;
}
