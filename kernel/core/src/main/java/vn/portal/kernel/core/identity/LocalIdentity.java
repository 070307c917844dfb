package vn.portal.kernel.core.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/**
 * The interim identity: one local administrator who holds every permission. It
 * stands behind {@link Identity} so the identity issue (users, groups, grants,
 * Shiro, OIDC) replaces it without touching callers.
 */
@ApplicationScoped
public class LocalIdentity implements Identity {

    private static final Logger LOG = Logger.getLogger(LocalIdentity.class.getName());
    static final int MIN_PASSWORD = 14;
    private static final long CACHE_MILLIS = 5 * 60_000;

    private record Remembered(SignIn signIn, long until) {
    }

    private final java.util.Map<String, Remembered> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /** Result of a successful sign-in. */
    public record SignIn(PortalUser user, boolean mustChangePassword) {
    }

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PortalConfig config;

    @Override
    public Optional<PortalUser> currentUser() {
        return Optional.ofNullable(RequestContext.current().user());
    }

    @Override
    public boolean isPermitted(PortalUser user, String permission) {
        // the single administrator holds "*"; real grants arrive with the identity issue
        return user != null && adminUsername().equals(user.username());
    }

    public String adminUsername() {
        return config.get("admin.username", "admin");
    }

    /**
     * Creates the administrator on first start. The password is PORTAL_ADMIN_PASSWORD
     * (the operator's choice) or a generated one, printed once, that must be changed.
     */
    @Transactional
    public void ensureAdministrator() {
        if (find(adminUsername()).isPresent()) {
            return;
        }
        String chosen = System.getenv("PORTAL_ADMIN_PASSWORD");
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getProperty("portal.admin.password");
        }
        boolean generated = chosen == null || chosen.isBlank();
        String password = generated ? PasswordHasher.generate() : chosen;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc("INSERT INTO kernel_account (username, display_name, password_hash, must_change, created_at, password_changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", adminUsername(), "Quản trị hệ thống",
                PasswordHasher.hash(password.toCharArray()), generated, now, now);
        if (generated) {
            String line = "=".repeat(72);
            LOG.warning("\n" + line + "\n  First start: administrator account created\n  user:     " + adminUsername()
                    + "\n  password: " + password + "\n  Sign in at /admin and change it; it is shown only this once.\n"
                    + line);
        } else {
            LOG.info("Administrator '" + adminUsername() + "' created with the password from PORTAL_ADMIN_PASSWORD");
        }
    }

    /**
     * {@link #authenticate} with a short memory of recent successes, so API clients
     * using HTTP Basic do not pay the deliberate cost of PBKDF2 on every call.
     */
    public Optional<SignIn> authenticateCached(String username, char[] password) {
        String key = cacheKey(username, password);
        Remembered r = recent.get(key);
        if (r != null && r.until() > System.currentTimeMillis()) {
            return Optional.of(r.signIn());
        }
        Optional<SignIn> result = authenticate(username, password);
        result.filter(s -> !s.mustChangePassword())
                .ifPresent(s -> recent.put(key, new Remembered(s, System.currentTimeMillis() + CACHE_MILLIS)));
        return result;
    }

    private static String cacheKey(String username, char[] password) {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Optional<SignIn> authenticate(String username, char[] password) {
        Optional<String[]> row = find(username);
        if (row.isEmpty() || !PasswordHasher.verify(password, row.get()[1])) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(new PortalUser(username, username, row.get()[0]), Boolean.parseBoolean(row.get()[2])));
    }

    @Transactional
    public void changePassword(String username, char[] current, char[] next) {
        if (authenticate(username, current).isEmpty()) {
            throw PortalException.invalid("The current password is wrong", Map.of("current", "wrong password"));
        }
        String problem = passwordProblem(next);
        if (problem != null) {
            throw PortalException.invalid(problem, Map.of("password", problem));
        }
        if (PasswordHasher.verify(next, find(username).get()[1])) {
            throw PortalException.invalid("Choose a password different from the current one",
                    Map.of("password", "same as the current password"));
        }
        jdbc("UPDATE kernel_account SET password_hash = ?, must_change = ?, password_changed_at = ? WHERE username = ?",
                PasswordHasher.hash(next), false, Timestamp.from(Instant.now()), username);
        recent.clear();
    }

    /** At least 14 characters with upper case, lower case, digit and symbol (REQUIREMENTS-VN.md §5, no MFA yet). */
    static String passwordProblem(char[] p) {
        String s = new String(p);
        boolean upper = s.chars().anyMatch(Character::isUpperCase);
        boolean lower = s.chars().anyMatch(Character::isLowerCase);
        boolean digit = s.chars().anyMatch(Character::isDigit);
        boolean other = s.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        if (s.length() < MIN_PASSWORD || !(upper && lower && digit && other)) {
            return "The password needs at least " + MIN_PASSWORD
                    + " characters with upper- and lower-case letters, a digit and a symbol";
        }
        return null;
    }

    /** @return display name, hash, must_change */
    private Optional<String[]> find(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT display_name, password_hash, must_change FROM kernel_account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2),
                        Boolean.toString(rs.getBoolean(3))}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read accounts: " + e.getMessage(), e);
        }
    }

    private void jdbc(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write accounts: " + e.getMessage(), e);
        }
    }
}
