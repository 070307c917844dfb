package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.identity.AccessStore;

/** A grant as a table row, with names instead of ids: {@link AccessStore.Grant} is a record. */
public final class GrantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final boolean group;
    private final String principal;
    private final String role;
    private final String roleName;
    private final String site;
    private final boolean everywhere;
    private final boolean inherit;
    private final String createdBy;
    private final String createdAt;
    private final boolean revocable;

    GrantRow(AccessStore.Grant g, String principal, String role, String site, boolean revocable) {
        this.id = g.id();
        this.group = "GROUP".equals(g.principalType());
        this.principal = principal;
        this.role = role;
        this.roleName = g.role();
        this.site = site;
        this.everywhere = g.siteKey() == null;
        this.inherit = g.inherit();
        this.createdBy = g.createdBy();
        this.createdAt = AdminTime.minutes(g.createdAt());
        this.revocable = revocable;
    }

    public String getId() {
        return id;
    }

    public boolean isGroup() {
        return group;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getRole() {
        return role;
    }

    public String getRoleName() {
        return roleName;
    }

    /** The site's name; empty for a grant everywhere. */
    public String getSite() {
        return site;
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    public boolean isInherit() {
        return inherit;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public boolean isRevocable() {
        return revocable;
    }
}
