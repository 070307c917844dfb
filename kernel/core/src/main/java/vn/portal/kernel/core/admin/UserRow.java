package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.identity.UserAccount;

/** A user as a table row: {@link UserAccount} is a record, which EL cannot read. */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String username;
    private final String displayName;
    private final String email;
    private final boolean active;
    private final boolean locked;
    private final boolean mfa;
    private final boolean mustChange;
    private final boolean anonymised;
    private final int failedLogins;
    private final String lastLogin;
    private final String created;
    private final boolean self;

    UserRow(UserAccount u, String currentUserId) {
        this.id = u.id();
        this.username = u.username();
        this.displayName = u.displayName();
        this.email = u.email();
        this.active = "ACTIVE".equals(u.status());
        this.locked = u.locked();
        this.mfa = u.mfa();
        this.mustChange = u.mustChangePassword();
        this.anonymised = u.anonymised();
        this.failedLogins = u.failedLogins();
        this.lastLogin = AdminTime.minutes(u.lastLoginAt());
        this.created = AdminTime.minutes(u.createdAt());
        this.self = u.id().equals(currentUserId);
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMfa() {
        return mfa;
    }

    public boolean isMustChange() {
        return mustChange;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public String getLastLogin() {
        return lastLogin;
    }

    public String getCreated() {
        return created;
    }

    /** The administrator's own row: no disabling or deleting oneself by a slip of the mouse. */
    public boolean isSelf() {
        return self;
    }
}
