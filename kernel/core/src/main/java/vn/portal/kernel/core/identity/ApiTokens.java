package vn.portal.kernel.core.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/**
 * Personal API tokens: created and revoked by their owner, stored only as a SHA-256
 * digest, with an expiry and scopes (permission patterns the token is limited to,
 * within what its owner may do).
 */
@ApplicationScoped
public class ApiTokens {

    /** Prefix that makes portal tokens recognisable (in logs, in secret scanners). */
    public static final String PREFIX = "pt_";

    /** A token as its owner sees it, never with the secret. */
    public record TokenInfo(String id, String name, List<String> scopes, Instant expiresAt, Instant createdAt,
            Instant revokedAt, Instant lastUsedAt) {
    }

    /** The one moment the secret is shown. */
    public record Created(TokenInfo token, String secret) {
    }

    /** Who a valid token acts for, and within which scopes. */
    public record Holder(String userId, List<String> scopes) {
    }

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    public Created create(String userId, String name, List<String> scopes, Duration validity) {
        String secret = PREFIX + Tokens.random();
        String id = "tok-" + UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO kernel_api_token (token_id, user_id, name, token_hash, scopes, expires_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, userId, name, Tokens.sha256(secret), String.join(" ", scopes),
                now.plus(validity), now);
        return new Created(find(userId, id).orElseThrow(), secret);
    }

    public List<TokenInfo> of(String userId) {
        return jdbc.query("SELECT * FROM kernel_api_token WHERE user_id = ? ORDER BY created_at DESC", ApiTokens::map, userId);
    }

    public Optional<TokenInfo> find(String userId, String id) {
        return jdbc.one("SELECT * FROM kernel_api_token WHERE user_id = ? AND token_id = ?", ApiTokens::map, userId, id);
    }

    public boolean revoke(String userId, String id) {
        return jdbc.update("UPDATE kernel_api_token SET revoked_at = ? WHERE user_id = ? AND token_id = ? AND revoked_at IS NULL",
                Instant.now(), userId, id) > 0;
    }

    /** The holder of a presented secret, if it is known, not revoked and not expired. */
    public Optional<Holder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Holder> holder = jdbc.one("SELECT user_id, scopes, token_id FROM kernel_api_token WHERE token_hash = ?"
                + " AND revoked_at IS NULL AND expires_at > ?", rs -> new Holder(rs.getString(1), split(rs.getString(2))),
                Tokens.sha256(secret), Instant.now());
        holder.ifPresent(h -> jdbc.update("UPDATE kernel_api_token SET last_used_at = ? WHERE token_hash = ?", Instant.now(),
                Tokens.sha256(secret)));
        return holder;
    }

    private static List<String> split(String scopes) {
        return Arrays.stream(scopes.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static TokenInfo map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenInfo(rs.getString("token_id"), rs.getString("name"), split(rs.getString("scopes")),
                Jdbc.instant(rs, "expires_at"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "revoked_at"),
                Jdbc.instant(rs, "last_used_at"));
    }
}
