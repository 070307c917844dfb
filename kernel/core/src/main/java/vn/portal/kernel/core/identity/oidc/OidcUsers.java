package vn.portal.kernel.core.identity.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.identity.AccessStore;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.Tokens;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;

/**
 * Turns a verified identity from the provider into a portal account: the account
 * linked to (issuer, subject), else a new one (no password; it signs in only through
 * the provider). Name and e-mail follow the provider. When the token carries the
 * groups claim, the account's provider-given grants are made to match
 * {@code oidc.role-mapping}; grants an administrator gave by hand are never touched.
 */
@ApplicationScoped
public class OidcUsers {

    private static final Logger LOG = Logger.getLogger(OidcUsers.class.getName());
    /** {@code created_by} of grants that come from the provider's groups. */
    static final String GRANTOR = "oidc";

    @Inject
    UserStore users;
    @Inject
    AccessStore access;
    @Inject
    LocalIdentity identity;
    @Inject
    OidcProvider provider;
    @Inject
    AuditLog audit;

    /**
     * @param claims verified ID token or access token claims
     * @throws OidcException 403 when the linked account is disabled, locked or erased
     */
    @Transactional
    public UserAccount signIn(String issuer, JWTClaimsSet claims) {
        String subject = claims.getSubject();
        UserAccount account = users.byExternal(issuer, subject).orElse(null);
        String displayName = displayName(claims);
        String email = string(claims, "email");
        if (account == null) {
            String username = freeUsername(claims, issuer);
            account = users.create(username, displayName, email, null, false);
            users.linkExternal(account.id(), issuer, subject);
            audit.recordNow(username, "user.provisioned", account.id(), "oidc " + issuer);
            LOG.info("[oidc] provisioned user '" + username + "' for subject " + subject + " of " + issuer);
        } else if (!account.active()) {
            audit.recordNow(account.username(), "auth.failed", account.id(), "oidc: account " + (account.locked() ? "locked"
                    : account.status().toLowerCase(Locale.ROOT)));
            throw new OidcException(403, "The portal account linked to this identity is "
                    + (account.locked() ? "locked" : "disabled") + "; ask an administrator");
        } else if (!displayName.equals(account.displayName()) || (email != null && !email.equals(account.email()))) {
            users.updateProfile(account.id(), displayName, email == null ? account.email() : email);
        }
        List<String> groups = groups(claims, provider.settings().groupsClaim());
        if (groups != null) {
            syncGrants(account, provider.settings().rolesFor(groups));
        }
        users.recordSuccess(account.id());
        return users.byId(account.id()).orElseThrow();
    }

    private void syncGrants(UserAccount account, Set<OidcSettings.MappedRole> wanted) {
        Set<OidcSettings.MappedRole> have = new HashSet<>();
        boolean changed = false;
        for (AccessStore.Grant g : access.grantsOf(account.id())) {
            if (!"USER".equals(g.principalType()) || !GRANTOR.equals(g.createdBy())) {
                continue;
            }
            OidcSettings.MappedRole r = new OidcSettings.MappedRole(g.role(), g.siteKey());
            if (wanted.contains(r) && have.add(r)) {
                continue;
            }
            access.removeGrant(g.id());
            audit.recordNow(GRANTOR, "grant.removed", account.id(), r.role() + (r.site() == null ? "" : "@" + r.site()));
            changed = true;
        }
        Set<String> roles = new HashSet<>();
        access.roles().forEach(r -> roles.add(r.name()));
        for (OidcSettings.MappedRole r : wanted) {
            if (have.contains(r)) {
                continue;
            }
            if (!roles.contains(r.role())) {
                LOG.warning("[oidc] oidc.role-mapping names role '" + r.role() + "', which does not exist; not granted");
                continue;
            }
            access.addGrant("USER", account.id(), r.role(), r.site(), true, GRANTOR);
            audit.recordNow(GRANTOR, "grant.added", account.id(), r.role() + (r.site() == null ? "" : "@" + r.site()));
            changed = true;
        }
        if (changed) {
            identity.permissionsChanged();
        }
    }

    /** The groups claim (a dotted path reaches nested claims), or null when the token does not carry it. */
    static List<String> groups(JWTClaimsSet claims, String path) {
        Object value = claims.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private String freeUsername(JWTClaimsSet claims, String issuer) {
        String wanted = string(claims, "preferred_username");
        if (wanted == null) {
            wanted = string(claims, "email");
        }
        String base = wanted == null ? "oidc-" + claims.getSubject() : wanted;
        base = base.trim().toLowerCase(Locale.ROOT).replaceAll("[\\p{Cntrl}\\s]", "");
        base = base.length() > 80 ? base.substring(0, 80) : base;
        if (!base.isEmpty() && users.byUsername(base).isEmpty()) {
            return base;
        }
        // a local account already has that name: never take it over, pick a distinct one
        return base + "-" + Tokens.sha256(issuer + "\u0000" + claims.getSubject()).substring(0, 8);
    }

    /** Vietnamese order when the parts are known: family name first ("Nguyễn Văn A"); else the "name" claim. */
    static String displayName(JWTClaimsSet claims) {
        String given = string(claims, "given_name");
        String family = string(claims, "family_name");
        String name = given != null && family != null ? family + " " + given : string(claims, "name");
        if (name == null) {
            name = given != null ? given : family != null ? family : string(claims, "preferred_username");
        }
        name = name == null ? claims.getSubject() : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String string(JWTClaimsSet claims, String name) {
        try {
            String s = claims.getStringClaim(name);
            return s == null || s.isBlank() ? null : s.trim();
        } catch (ParseException notAString) {
            return null;
        }
    }
}
