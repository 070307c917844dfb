package vn.portal.kernel.core.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/** Users and their password history ({@code kernel_user}, {@code kernel_password_history}). */
@ApplicationScoped
public class UserStore {

    static final String COLUMNS = "user_id, username, display_name, email, status, must_change, locked, failed_logins,"
            + " totp_secret, created_at, last_login_at, password_changed_at, anonymised";

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.one("SELECT " + COLUMNS + " FROM kernel_user WHERE username = ?", UserStore::map, normalise(username));
    }

    public Optional<UserAccount> byId(String id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM kernel_user WHERE user_id = ?", UserStore::map, id);
    }

    /** The account linked to a person at an external identity provider (OpenID Connect issuer and subject). */
    public Optional<UserAccount> byExternal(String issuer, String subject) {
        return jdbc.one("SELECT " + COLUMNS + " FROM kernel_user WHERE external_issuer = ? AND external_subject = ?",
                UserStore::map, issuer, subject);
    }

    public void linkExternal(String id, String issuer, String subject) {
        jdbc.update("UPDATE kernel_user SET external_issuer = ?, external_subject = ? WHERE user_id = ?", issuer, subject, id);
    }

    public List<UserAccount> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM kernel_user ORDER BY username", UserStore::map);
    }

    public Optional<String> passwordHash(String userId) {
        return jdbc.one("SELECT password_hash FROM kernel_user WHERE user_id = ?", rs -> rs.getString(1), userId);
    }

    public Optional<String> totpSecret(String userId) {
        return jdbc.one("SELECT totp_secret FROM kernel_user WHERE user_id = ?", rs -> rs.getString(1), userId);
    }

    public UserAccount create(String username, String displayName, String email, String passwordHash, boolean mustChange) {
        String id = "u-" + UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO kernel_user (user_id, username, display_name, email, status, password_hash, must_change,"
                + " failed_logins, locked, created_at, password_changed_at, anonymised) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?,"
                + " ?, ?, ?)", id, normalise(username), displayName, email, passwordHash, mustChange, false, now, now, false);
        return byId(id).orElseThrow();
    }

    public void updateProfile(String id, String displayName, String email) {
        jdbc.update("UPDATE kernel_user SET display_name = ?, email = ? WHERE user_id = ?", displayName, email, id);
    }

    public void setStatus(String id, String status) {
        jdbc.update("UPDATE kernel_user SET status = ? WHERE user_id = ?", status, id);
    }

    public void setPassword(String id, String hash, boolean mustChange) {
        jdbc.update("UPDATE kernel_user SET password_hash = ?, must_change = ?, password_changed_at = ? WHERE user_id = ?",
                hash, mustChange, Instant.now(), id);
        jdbc.update("INSERT INTO kernel_password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)", id, hash,
                Instant.now());
    }

    /** The newest {@code n} earlier password hashes, newest first. */
    public List<String> recentPasswordHashes(String id, int n) {
        List<String> all = jdbc.query("SELECT password_hash FROM kernel_password_history WHERE user_id = ? ORDER BY created_at DESC",
                rs -> rs.getString(1), id);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** @return the failure count after this failure */
    public int recordFailure(String id) {
        jdbc.update("UPDATE kernel_user SET failed_logins = failed_logins + 1 WHERE user_id = ?", id);
        return byId(id).map(UserAccount::failedLogins).orElse(0);
    }

    public void lock(String id) {
        jdbc.update("UPDATE kernel_user SET locked = ?, locked_at = ? WHERE user_id = ?", true, Instant.now(), id);
    }

    public void unlock(String id) {
        jdbc.update("UPDATE kernel_user SET locked = ?, locked_at = NULL, failed_logins = 0 WHERE user_id = ?", false, id);
    }

    public void recordSuccess(String id) {
        jdbc.update("UPDATE kernel_user SET failed_logins = 0, last_login_at = ? WHERE user_id = ?", Instant.now(), id);
    }

    public void setTotpSecret(String id, String secret) {
        jdbc.update("UPDATE kernel_user SET totp_secret = ? WHERE user_id = ?", secret, id);
    }

    /** Active users whose last sign-in (or creation) is older than the cut-off. */
    public List<UserAccount> inactiveSince(Instant cutoff) {
        return jdbc.query("SELECT " + COLUMNS + " FROM kernel_user WHERE status = 'ACTIVE' AND anonymised = ? AND"
                + " COALESCE(last_login_at, created_at) < ?", UserStore::map, false, cutoff);
    }

    /** Replaces personal data with a pseudonym; the row stays so audit records keep pointing somewhere. */
    public void anonymise(String id, String pseudonym) {
        jdbc.update("UPDATE kernel_user SET username = ?, display_name = ?, email = NULL, password_hash = NULL,"
                + " totp_secret = NULL, external_subject = NULL, status = 'DISABLED', anonymised = ? WHERE user_id = ?",
                pseudonym, pseudonym, true, id);
        jdbc.update("DELETE FROM kernel_password_history WHERE user_id = ?", id);
        jdbc.update("DELETE FROM kernel_group_member WHERE user_id = ?", id);
        jdbc.update("DELETE FROM kernel_api_token WHERE user_id = ?", id);
    }

    static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    static UserAccount map(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("user_id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("status"), rs.getBoolean("must_change"), rs.getBoolean("locked"),
                rs.getInt("failed_logins"),
                rs.getString("totp_secret") != null && !rs.getString("totp_secret").startsWith("pending:"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "last_login_at"), Jdbc.instant(rs, "password_changed_at"), rs.getBoolean("anonymised"));
    }
}
