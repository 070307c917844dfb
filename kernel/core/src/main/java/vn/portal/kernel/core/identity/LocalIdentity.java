package vn.portal.kernel.core.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.shiro.authz.Permission;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.site.SiteService;

/**
 * The portal's own user directory behind {@link Identity}: local accounts with
 * Argon2id passwords, lockout and throttling, and permissions from grants resolved
 * with Shiro wildcards. One check for REST, admin UI and plugins.
 */
@ApplicationScoped
public class LocalIdentity implements Identity {

    private static final Logger LOG = Logger.getLogger(LocalIdentity.class.getName());
    private static final long CACHE_MILLIS = 30_000;

    /** Result of a successful sign-in. */
    public record SignIn(PortalUser user, boolean mustChangePassword) {
    }

    private record Cached(List<Permission> permissions, long until) {
    }

    @Inject
    UserStore users;
    @Inject
    AccessStore access;
    @Inject
    SiteService sites;
    @Inject
    PortalConfig config;
    @Inject
    AuditLog audit;

    private final Map<String, Cached> permissionCache = new ConcurrentHashMap<>();
    private final Map<String, SignIn> recentBasic = new ConcurrentHashMap<>();
    private static final String PENDING = "pending:";

    @Inject
    vn.portal.kernel.core.config.PortalHome home;

    private SecretBox secretBox;
    private LoginThrottle throttle;
    private PasswordPolicy policy;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(config.getInt("login.ip-max-failures", 20), 10 * 60_000L);
        policy = PasswordPolicy.from(config);
        secretBox = SecretBox.fromKeyFile(home.config().resolve("secret.key"));
    }

    @Override
    public Optional<PortalUser> currentUser() {
        return Optional.ofNullable(RequestContext.current().user());
    }

    @Override
    public Optional<String> csrfToken() {
        RequestContext ctx = RequestContext.current();
        return ctx.user() == null ? Optional.empty() : Optional.ofNullable(ctx.csrfToken());
    }

    @Override
    public boolean isPermitted(PortalUser user, String permission) {
        if (user == null || !PermissionResolver.implies(permissions(user.id()), permission)) {
            return false;
        }
        RequestContext ctx = RequestContext.current();
        List<String> scopes = ctx.user() != null && ctx.user().id().equals(user.id()) ? ctx.tokenScopes() : null;
        return scopes == null || scopes.stream().anyMatch(s -> PermissionResolver.implies(
                List.of(new org.apache.shiro.authz.permission.WildcardPermission(s)), permission));
    }

    public List<Permission> permissions(String userId) {
        Cached c = permissionCache.get(userId);
        if (c != null && c.until() > System.currentTimeMillis()) {
            return c.permissions();
        }
        Map<String, List<String>> roles = access.roles().stream()
                .collect(Collectors.toMap(AccessStore.Role::name, AccessStore.Role::permissions));
        List<Permission> resolved = PermissionResolver.resolve(access.grantsOf(userId), roles,
                key -> sites.subtree(key).stream().map(Site::key).toList());
        permissionCache.put(userId, new Cached(resolved, System.currentTimeMillis() + CACHE_MILLIS));
        return resolved;
    }

    /** Forget resolved permissions after grants, roles, groups or sites change. */
    public void permissionsChanged() {
        permissionCache.clear();
    }

    public boolean isAdministrator(String userId) {
        return PermissionResolver.implies(permissions(userId), "kernel:user-manage");
    }

    public String adminUsername() {
        return config.get("admin.username", "admin");
    }

    /**
     * Creates the first administrator. The password is PORTAL_ADMIN_PASSWORD (the
     * operator's choice) or a generated one, printed once, that must be changed.
     */
    @Transactional
    public void ensureAdministrator() {
        if (users.byUsername(adminUsername()).isPresent()) {
            return;
        }
        String chosen = System.getenv("PORTAL_ADMIN_PASSWORD");
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getProperty("portal.admin.password");
        }
        boolean generated = chosen == null || chosen.isBlank();
        String password = generated ? PasswordHasher.generate() : chosen;
        UserAccount admin = users.create(adminUsername(), "Quản trị hệ thống", null, Passwords.hash(password.toCharArray()),
                generated);
        access.addGrant("USER", admin.id(), "administrator", null, true, "system");
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
     * Checks a password. Failures look the same whatever the reason (unknown user, wrong
     * password, locked or disabled account); the fifth failure in a row locks the account
     * until an administrator unlocks it.
     *
     * @throws PortalException TOO_MANY_REQUESTS when the address is throttled
     */
    public Optional<SignIn> authenticate(String username, char[] password) {
        return authenticate(username, password, null);
    }

    /** As {@link #authenticate(String, char[])}, with the one-time code of an account that has a second factor. */
    public Optional<SignIn> authenticate(String username, char[] password, String totpCode) {
        String ip = RequestContext.current().sourceIp();
        if (!throttle.allowed(ip)) {
            audit.recordNow(String.valueOf(username), "auth.throttled", ip, null);
            throw new PortalException(PortalException.Kind.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins from this address; try again in a few minutes");
        }
        Optional<UserAccount> account = username == null ? Optional.empty() : users.byUsername(username);
        if (account.isEmpty()) {
            Passwords.verifyNothing(password);
            return failed(username, null, ip, "unknown user");
        }
        UserAccount u = account.get();
        String hash = users.passwordHash(u.id()).orElse(null);
        if (!Passwords.verify(password, hash)) {
            return failed(username, u, ip, "wrong password");
        }
        if (!u.active()) {
            return failed(username, null, ip, u.locked() ? "account locked" : "account " + u.status().toLowerCase());
        }
        if (u.mfa() && !Totp.verify(totpSecret(u.id()), totpCode, java.time.Instant.now())) {
            return failed(username, u, ip, totpCode == null ? "one-time code missing" : "wrong one-time code");
        }
        if (!Passwords.isCurrentFormat(hash)) {
            users.setPassword(u.id(), Passwords.hash(password), u.mustChangePassword());
        }
        users.recordSuccess(u.id());
        audit.recordNow(u.username(), "auth.login", u.id(), null);
        return Optional.of(new SignIn(u.toPortalUser(), u.mustChangePassword()));
    }

    private Optional<SignIn> failed(String username, UserAccount counted, String ip, String reason) {
        throttle.failed(ip);
        audit.recordNow(String.valueOf(username), "auth.failed", counted == null ? null : counted.id(), reason);
        if (counted != null) {
            int failures = users.recordFailure(counted.id());
            if (failures >= config.getInt("login.max-failures", 5) && !counted.locked()) {
                users.lock(counted.id());
                audit.recordNow(counted.username(), "auth.locked", counted.id(), failures + " failed sign-ins");
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #authenticate} with a short memory of recent successes, so API clients
     * using HTTP Basic do not pay the deliberate cost of Argon2 on every call.
     */
    public Optional<SignIn> authenticateCached(String username, char[] password) {
        String key = Tokens.sha256(username + "\u0000" + new String(password));
        SignIn remembered = recentBasic.get(key);
        if (remembered != null && users.byId(remembered.user().id()).map(UserAccount::active).orElse(false)) {
            return Optional.of(remembered);
        }
        Optional<SignIn> result = authenticate(username, password);
        result.filter(s -> !s.mustChangePassword()).ifPresent(s -> recentBasic.put(key, s));
        return result;
    }

    @Transactional
    public void changePassword(String username, char[] current, char[] next) {
        UserAccount u = users.byUsername(username).orElseThrow(() -> PortalException.invalid("The current password is wrong",
                Map.of("current", "wrong password")));
        if (!Passwords.verify(current, users.passwordHash(u.id()).orElse(null))) {
            throw PortalException.invalid("The current password is wrong", Map.of("current", "wrong password"));
        }
        setPassword(u, next, false);
        recentBasic.clear();
        // a forced change runs before the request has a user: the record must still name the account
        if (RequestContext.current().user() == null) {
            RequestContext.current().user(u.toPortalUser());
        }
        audit.record("user.password-changed", u.id(), null, null, null);
    }

    /** Sets a new password after checking the policy and, for administrators, the history. */
    void setPassword(UserAccount u, char[] next, boolean mustChange) {
        String problem = policy.problem(next, u.mfa());
        if (problem != null) {
            throw PortalException.invalid(problem, Map.of("password", problem));
        }
        String currentHash = users.passwordHash(u.id()).orElse(null);
        if (Passwords.verify(next, currentHash)) {
            throw PortalException.invalid("Choose a password different from the current one",
                    Map.of("password", "same as the current password"));
        }
        if (isAdministrator(u.id())) {
            for (String old : users.recentPasswordHashes(u.id(), policy.history())) {
                if (Passwords.verify(next, old)) {
                    throw PortalException.invalid("Administrators cannot reuse one of their last " + policy.history()
                            + " passwords", Map.of("password", "used before"));
                }
            }
        }
        users.setPassword(u.id(), Passwords.hash(next), mustChange);
    }

    // ---- second factor ---------------------------------------------------------------

    /** Starts TOTP enrollment: a new secret, not yet required at sign-in until confirmed. */
    public String[] beginTotp(PortalUser user) {
        String secret = Totp.newSecret();
        users.setTotpSecret(user.id(), PENDING + secretBox.seal(secret));
        return new String[] {secret, Totp.uri("Cổng thông tin", user.username(), secret)};
    }

    /** Confirms enrollment with a code from the app; from then on sign-in asks for a code. */
    public void confirmTotp(PortalUser user, String code) {
        String stored = users.totpSecret(user.id()).orElse(null);
        if (stored == null || !stored.startsWith(PENDING)
                || !Totp.verify(secretBox.open(stored.substring(PENDING.length())), code, java.time.Instant.now())) {
            throw PortalException.invalid("The code does not match; check the clock of the device and try again",
                    Map.of("code", "wrong code"));
        }
        users.setTotpSecret(user.id(), stored.substring(PENDING.length()));
        audit.record("user.mfa-enabled", user.id(), null, null, "totp");
    }

    public void disableTotp(PortalUser user, String code) {
        if (!Totp.verify(totpSecret(user.id()), code, java.time.Instant.now())) {
            throw PortalException.invalid("A current code is needed to switch the second factor off",
                    Map.of("code", "wrong code"));
        }
        users.setTotpSecret(user.id(), null);
        audit.record("user.mfa-disabled", user.id(), null, null, "totp");
    }

    private String totpSecret(String userId) {
        return users.totpSecret(userId).filter(s -> !s.startsWith(PENDING)).map(secretBox::open).orElse(null);
    }

    /** Kept for the password rules' unit test. */
    static String passwordProblem(char[] p) {
        return new PasswordPolicy(8, 14, 10).problem(p, false);
    }
}
