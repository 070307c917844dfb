package vn.portal.kernel.core.identity.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;

class OidcSettingsTest {

    static OidcSettings settings(Map<String, String> values) {
        return OidcSettings.from(PortalConfig.of(new PortalHome(Path.of("/tmp/none")), values));
    }

    @Test
    void offWithoutAnIssuerAndDefaultsOtherwise() {
        assertFalse(settings(Map.of()).enabled());
        OidcSettings s = settings(Map.of("oidc.issuer", "http://127.0.0.1:8180/realms/portal", "oidc.client-id", "portal"));
        assertTrue(s.enabled());
        assertTrue(s.publicClient(), "no secret: a public client with PKCE");
        assertEquals("/auth/oidc/callback", s.redirectPath());
        assertEquals(List.of("openid", "profile", "email"), s.scopes());
        assertEquals("groups", s.groupsClaim());
    }

    @Test
    void badSettingsStopWithTheirName() {
        assertTrue(assertThrows(IllegalStateException.class, () -> settings(Map.of("oidc.issuer", "https://sso.example")))
                .getMessage().contains("oidc.client-id"));
        assertTrue(assertThrows(IllegalStateException.class, () -> settings(Map.of("oidc.issuer", "https://sso.example",
                "oidc.client-id", "portal", "oidc.scopes", "profile"))).getMessage().contains("openid"));
        assertTrue(assertThrows(IllegalStateException.class, () -> settings(Map.of("oidc.issuer", "https://sso.example",
                "oidc.client-id", "portal", "oidc.role-mapping", "portal-admins"))).getMessage().contains("oidc.role-mapping"));
        assertTrue(assertThrows(IllegalStateException.class, () -> settings(Map.of("oidc.issuer", "https://sso.example",
                "oidc.client-id", "portal", "oidc.redirect-path", "/admin/cb"))).getMessage().contains("oidc.redirect-path"));
    }

    @Test
    void groupsMapToRolesGloballyOrOnASite() {
        OidcSettings s = settings(Map.of("oidc.issuer", "https://sso.example", "oidc.client-id", "portal",
                "oidc.role-mapping", " portal-admins=administrator ; so-noi-vu-editors=site-admin@so-noi-vu;"
                        + "so-noi-vu-editors=editor@so-noi-vu"));
        assertEquals(3, s.roleMapping().size());
        assertEquals(Set.of(new OidcSettings.MappedRole("administrator", null)), s.rolesFor(List.of("portal-admins")));
        assertEquals(Set.of(new OidcSettings.MappedRole("site-admin", "so-noi-vu"),
                new OidcSettings.MappedRole("editor", "so-noi-vu")), s.rolesFor(List.of("/tinh/so-noi-vu-editors")),
                "Keycloak's full group paths match by their last segment");
        assertTrue(s.rolesFor(List.of("khach", "portal-admins-x")).isEmpty());
    }

    @Test
    void onlyLocalPathsAreReturnTargets() {
        assertEquals("/admin/sites.xhtml?x=1", OidcServlet.safeReturn("/admin/sites.xhtml?x=1"));
        for (String bad : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "x",
                "/a\r\nSet-Cookie: x=y"}) {
            assertEquals(OidcServlet.DEFAULT_RETURN, OidcServlet.safeReturn(bad), String.valueOf(bad));
        }
    }
}
