package vn.portal.kernel.core.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.core.identity.PermissionResolver;

/** Who sees a plugin's admin page: alternatives, and {@code {site}} as "on some site". */
class AdminPagePermissionTest {

    static final PortalUser EDITOR = new PortalUser("u-1", "bientap", "Biên Tập");
    static final PortalUser ADMIN = new PortalUser("u-2", "admin", "Quản trị");
    static final List<Site> SITES = List.of(site("tinh"), site("so-noi-vu"));

    /** The editor role granted on so-noi-vu; the administrator holds everything. */
    final Identity identity = new Identity() {
        final Map<String, List<Permission>> held = Map.of(
                EDITOR.id(), List.of(new WildcardPermission("content:create,edit:so-noi-vu")),
                ADMIN.id(), List.of(new WildcardPermission("*")));

        @Override
        public Optional<PortalUser> currentUser() {
            return Optional.empty();
        }

        @Override
        public boolean isPermitted(PortalUser user, String permission) {
            return PermissionResolver.implies(held.getOrDefault(user.id(), List.of()), permission);
        }
    };

    @Test
    void aSitePermissionOnAnySiteShowsThePage() {
        assertTrue(AdminPagePermission.permits(identity, SITES, EDITOR, "content:create:{site}"));
        // without {site}, a site-scoped grant never implies the bare permission
        assertFalse(AdminPagePermission.permits(identity, SITES, EDITOR, "content:create"));
        assertFalse(AdminPagePermission.permits(identity, List.of(site("tinh")), EDITOR, "content:create:{site}"),
                "held on a site that is not listed");
    }

    @Test
    void anyAlternativeIsEnough() {
        assertTrue(AdminPagePermission.permits(identity, SITES, EDITOR, "content:publish:{site} | content:edit:{site}"));
        assertFalse(AdminPagePermission.permits(identity, SITES, EDITOR, "content:publish:{site} | notice:manage"));
        assertTrue(AdminPagePermission.permits(identity, SITES, ADMIN, "notice:manage"));
    }

    @Test
    void nobodyAndNothingPermitNothing() {
        assertFalse(AdminPagePermission.permits(identity, SITES, null, "content:create:{site}"));
        assertFalse(AdminPagePermission.permits(identity, SITES, ADMIN, " | "));
        assertFalse(AdminPagePermission.permits(identity, SITES, ADMIN, null));
    }

    private static Site site(String key) {
        return new Site(key, key, key, SiteKind.DEPARTMENT, null, "H99.01", null, List.of(), null, List.of("vi"),
                "default", SiteStatus.ACTIVE, null, false, Map.of());
    }
}
