package vn.portal.kernel.core.identity.oidc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * The {@code oidc.*} settings of portal.properties. Single sign-on is off while
 * {@code oidc.issuer} is empty.
 *
 * <pre>
 * oidc.issuer=https://sso.hoaan.gov.vn/realms/portal
 * oidc.client-id=portal
 * oidc.client-secret=...                 (empty: a public client, PKCE only)
 * oidc.redirect-path=/auth/oidc/callback
 * oidc.scopes=openid profile email
 * oidc.groups-claim=groups               (a dotted path reaches nested claims: realm_access.roles)
 * oidc.role-mapping=portal-admins=administrator;so-noi-vu-editors=site-admin@so-noi-vu
 * </pre>
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String redirectPath, List<String> scopes,
        String groupsClaim, List<RoleMapping> roleMapping) {

    /** Members of IdP group {@code group} get portal role {@code role}, everywhere or on {@code site} and below. */
    public record RoleMapping(String group, String role, String site) {
    }

    /** What a role mapping gives: a role, globally (site null) or on a site. */
    public record MappedRole(String role, String site) {
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");

    public static OidcSettings from(PortalConfig config) {
        String issuer = config.get("oidc.issuer", "");
        String clientId = config.get("oidc.client-id", "");
        if (!issuer.isEmpty() && clientId.isEmpty()) {
            throw new IllegalStateException("oidc.issuer is set but oidc.client-id is empty: name the portal's client"
                    + " at the identity provider");
        }
        if (!issuer.isEmpty() && !issuer.startsWith("https://") && !issuer.startsWith("http://")) {
            throw new IllegalStateException("oidc.issuer must be an http(s) URL, not '" + issuer + "'");
        }
        String redirectPath = config.get("oidc.redirect-path", "/auth/oidc/callback");
        if (!redirectPath.startsWith("/auth/oidc/")) {
            throw new IllegalStateException("oidc.redirect-path must lie under /auth/oidc/, not '" + redirectPath + "'");
        }
        List<String> scopes = List.of(config.get("oidc.scopes", "openid profile email").trim().split("\\s+"));
        if (!scopes.contains("openid")) {
            throw new IllegalStateException("oidc.scopes must contain 'openid', not '" + String.join(" ", scopes) + "'");
        }
        return new OidcSettings(issuer, clientId, config.get("oidc.client-secret", ""), redirectPath, scopes,
                config.get("oidc.groups-claim", "groups"), parseMapping(config.get("oidc.role-mapping", "")));
    }

    public boolean enabled() {
        return !issuer.isEmpty();
    }

    public boolean publicClient() {
        return clientSecret.isEmpty();
    }

    /** The roles the given IdP groups map to; "/a/b" (Keycloak's full paths) also matches "b" and "a/b". */
    public Set<MappedRole> rolesFor(List<String> groups) {
        Set<MappedRole> out = new LinkedHashSet<>();
        for (String g : groups) {
            String path = g.startsWith("/") ? g.substring(1) : g;
            String last = path.substring(path.lastIndexOf('/') + 1);
            for (RoleMapping m : roleMapping) {
                if (m.group().equals(path) || m.group().equals(last)) {
                    out.add(new MappedRole(m.role(), m.site()));
                }
            }
        }
        return out;
    }

    static List<RoleMapping> parseMapping(String text) {
        List<RoleMapping> out = new ArrayList<>();
        for (String entry : text.split(";")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.lastIndexOf('=');
            String group = eq < 0 ? "" : e.substring(0, eq).trim();
            String target = eq < 0 ? "" : e.substring(eq + 1).trim();
            int at = target.indexOf('@');
            String role = at < 0 ? target : target.substring(0, at).trim();
            String site = at < 0 ? null : target.substring(at + 1).trim();
            if (group.isEmpty() || !NAME.matcher(role).matches() || (site != null && !NAME.matcher(site).matches())) {
                throw new IllegalStateException("oidc.role-mapping: '" + e + "' is not group=role or group=role@site"
                        + " (entries separated by ';')");
            }
            out.add(new RoleMapping(group.startsWith("/") ? group.substring(1) : group, role, site));
        }
        return List.copyOf(out);
    }
}
