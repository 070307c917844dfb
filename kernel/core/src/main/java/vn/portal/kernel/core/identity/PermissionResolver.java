package vn.portal.kernel.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * Turns grants into Shiro wildcard permissions. A role's {@code {site}} becomes the
 * granted site's key — and the keys of every site below it when the grant is
 * inherited — or {@code *} for a global grant. A permission without {@code {site}}
 * is global: it counts only in a global grant, so a site grant can never reach
 * beyond its sites.
 */
public final class PermissionResolver {

    private PermissionResolver() {
    }

    /**
     * @param roles   role name → permission patterns
     * @param subtree site key → that site and its descendants' keys
     */
    public static List<Permission> resolve(List<AccessStore.Grant> grants, Map<String, List<String>> roles,
            Function<String, List<String>> subtree) {
        List<Permission> out = new ArrayList<>();
        for (AccessStore.Grant g : grants) {
            List<String> patterns = roles.getOrDefault(g.role(), List.of());
            String sites = g.siteKey() == null ? "*"
                    : String.join(",", g.inherit() ? subtree.apply(g.siteKey()) : List.of(g.siteKey()));
            if (sites.isEmpty()) {
                continue;
            }
            for (String pattern : patterns) {
                if (pattern.contains("{site}")) {
                    out.add(new WildcardPermission(pattern.replace("{site}", sites)));
                } else if (g.siteKey() == null) {
                    out.add(new WildcardPermission(pattern));
                }
            }
        }
        return out;
    }

    public static boolean implies(List<Permission> held, String requested) {
        WildcardPermission wanted = new WildcardPermission(requested);
        return held.stream().anyMatch(p -> p.implies(wanted));
    }
}
