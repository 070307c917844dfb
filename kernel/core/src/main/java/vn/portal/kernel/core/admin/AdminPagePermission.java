package vn.portal.kernel.core.admin;

import java.util.List;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.identity.Identity;

/**
 * Whether a user may see a plugin's admin page, from what {@link AdminPage#permission()}
 * declares: alternatives separated by {@code |}, each a permission where {@code {site}}
 * stands for any one site. The menu and the page itself ask here, so they never disagree.
 */
final class AdminPagePermission {

    static final String ANY_SITE = "{site}";

    private AdminPagePermission() {
    }

    static boolean permits(Identity identity, List<Site> sites, PortalUser user, String declared) {
        if (user == null || declared == null || declared.isBlank()) {
            return false;
        }
        for (String alternative : declared.split("\\|")) {
            String permission = alternative.strip();
            if (permission.isEmpty()) {
                continue;
            }
            if (!permission.contains(ANY_SITE)) {
                if (identity.isPermitted(user, permission)) {
                    return true;
                }
                continue;
            }
            for (Site site : sites) {
                if (identity.isPermitted(user, permission.replace(ANY_SITE, site.key()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
