package vn.portal.kernel.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.Permission;
import org.junit.jupiter.api.Test;

class PermissionResolverTest {

    static final Map<String, List<String>> ROLES = Map.of(
            "administrator", List.of("*"),
            "site-admin", List.of("*:*:{site}"),
            "editor", List.of("content:create,edit:{site}"),
            "mixed", List.of("content:publish:{site}", "kernel:user-manage"));

    static final Map<String, List<String>> TREE = Map.of(
            "tinh", List.of("tinh", "so-noi-vu", "xa-a"),
            "so-noi-vu", List.of("so-noi-vu"),
            "xa-a", List.of("xa-a"));

    static AccessStore.Grant grant(String role, String site, boolean inherit) {
        return new AccessStore.Grant("g", "USER", "u", role, site, inherit, "test", Instant.now());
    }

    static List<Permission> held(AccessStore.Grant... grants) {
        return PermissionResolver.resolve(List.of(grants), ROLES, TREE::get);
    }

    @Test
    void aSiteGrantStaysOnItsSite() {
        List<Permission> p = held(grant("editor", "so-noi-vu", false));
        assertTrue(PermissionResolver.implies(p, "content:edit:so-noi-vu"));
        assertFalse(PermissionResolver.implies(p, "content:edit:so-tai-chinh"));
        assertFalse(PermissionResolver.implies(p, "content:publish:so-noi-vu"), "editors do not publish");
    }

    @Test
    void inheritedGrantsReachTheSitesBelow() {
        List<Permission> p = held(grant("site-admin", "tinh", true));
        assertTrue(PermissionResolver.implies(p, "notice:manage:xa-a"));
        assertTrue(PermissionResolver.implies(p, "kernel:site-edit:so-noi-vu"));
        assertFalse(PermissionResolver.implies(p, "kernel:plugin-manage"), "site grants never give global permissions");
        assertFalse(PermissionResolver.implies(held(grant("site-admin", "tinh", false)), "notice:manage:xa-a"),
                "without inherit only the site itself");
    }

    @Test
    void globalPermissionsOfARoleCountOnlyInAGlobalGrant() {
        assertFalse(PermissionResolver.implies(held(grant("mixed", "so-noi-vu", false)), "kernel:user-manage"));
        assertTrue(PermissionResolver.implies(held(grant("mixed", null, false)), "kernel:user-manage"));
        assertTrue(PermissionResolver.implies(held(grant("mixed", null, false)), "content:publish:any-site"));
    }

    @Test
    void administratorsHoldEverything() {
        List<Permission> p = held(grant("administrator", null, true));
        assertTrue(PermissionResolver.implies(p, "kernel:plugin-manage"));
        assertTrue(PermissionResolver.implies(p, "eform:process:xa-a"));
    }
}
