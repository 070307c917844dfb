package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.time.Instant;
import vn.portal.kernel.core.identity.ApiTokens;

/** An API token as a table row: {@link ApiTokens.TokenInfo} is a record, which EL cannot read. */
public final class TokenRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String scopes;
    private final String expires;
    private final String created;
    private final String lastUsed;
    private final String revoked;
    private final String state;

    TokenRow(ApiTokens.TokenInfo t, Instant now) {
        this.id = t.id();
        this.name = t.name();
        this.scopes = String.join(" ", t.scopes());
        this.expires = AdminTime.minutes(t.expiresAt());
        this.created = AdminTime.minutes(t.createdAt());
        this.lastUsed = AdminTime.minutes(t.lastUsedAt());
        this.revoked = AdminTime.minutes(t.revokedAt());
        this.state = t.revokedAt() != null ? "REVOKED" : t.expiresAt().isBefore(now) ? "EXPIRED" : "ACTIVE";
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getScopes() {
        return scopes;
    }

    public String getExpires() {
        return expires;
    }

    public String getCreated() {
        return created;
    }

    public String getLastUsed() {
        return lastUsed;
    }

    public String getRevoked() {
        return revoked;
    }

    public String getState() {
        return state;
    }

    public boolean isActive() {
        return "ACTIVE".equals(state);
    }
}
