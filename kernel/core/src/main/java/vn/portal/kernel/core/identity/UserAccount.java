package vn.portal.kernel.core.identity;

import java.time.Instant;
import vn.portal.kernel.api.identity.PortalUser;

/** A row of {@code kernel_user}, without its secrets. */
public record UserAccount(String id, String username, String displayName, String email, String status,
        boolean mustChangePassword, boolean locked, int failedLogins, boolean mfa, Instant createdAt,
        Instant lastLoginAt, Instant passwordChangedAt, boolean anonymised) {

    public boolean active() {
        return "ACTIVE".equals(status) && !locked && !anonymised;
    }

    public PortalUser toPortalUser() {
        return new PortalUser(id, username, displayName);
    }
}
