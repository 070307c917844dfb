package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Single sign-on against a real Keycloak: sign in once through Keycloak's own login
 * form on one host, arrive signed in on another host (silent prompt=none round trip),
 * sign out everywhere (RP-initiated logout, then back-channel logout of the other
 * host's session); REST clients with Keycloak access tokens. Two sites, one on
 * {@code localhost} and one on {@code 127.0.0.1}; everything listens on 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnIT {

    static final Path SHOTS = Paths.get("target/screenshots");
    static final String REALM = "portal";
    static final String USER = "nguyenvana";
    static final String PASSWORD = "Mot-Cua-2026!";
    static final String SECRET = "portal-test-secret";
    static final String KEYCLOAK_FORM = "id=\"kc-form-login\"";
    static final String DASHBOARD = "Hàng đợi sự kiện";
    static final String SIGN_IN_PAGE = "Đăng nhập quản trị";

    Keycloak keycloak;
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        Keycloak.requireJava21();
        keycloak = new Keycloak();
        portal = new PortalProcess(Files.createTempDirectory("portal-it-sso"));
        portal.config("oidc.issuer=" + keycloak.issuer(REALM) + "\noidc.client-id=portal\noidc.client-secret=" + SECRET
                + "\noidc.role-mapping=portal-admins=administrator;so-noi-vu-editors=site-admin@sso-may-chu\n");
        // both start at once: Keycloak's start is the longer one
        keycloak.start("/keycloak/portal-realm.json", Map.of("PORTAL_PORT", Integer.toString(portal.port)));
        portal.start();
        keycloak.awaitReady(REALM, Duration.ofSeconds(150));
        createSite("sso-ten-may", "Sở Thông tin và Truyền thông (máy localhost)", "H99.03", "localhost");
        createSite("sso-may-chu", "Sở Khoa học và Công nghệ (địa chỉ 127.0.0.1)", "H99.05", "127.0.0.1");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.stop();
                assertEquals(0, keycloak.alive(), "no Keycloak process is left behind");
            }
        }
    }

    void createSite(String key, String name, String agencyCode, String host) throws Exception {
        HttpResponse<String> r = portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"" + key + "\",\"nameVi\":\"" + name
                + "\",\"kind\":\"DEPARTMENT\",\"parent\":\"tinh\",\"agencyCode\":\"" + agencyCode + "\",\"unitCode\":\""
                + "99\",\"hosts\":[\"" + host + "\"],\"locales\":[\"vi\",\"en\"]}");
        assertEquals(201, r.statusCode(), r.body());
    }

    String on(String host, String path) {
        return "http://" + host + ":" + portal.port + path;
    }

    @Test
    @Order(1)
    void signInOnceReachesTheAdminOfBothHostsAndSignOutEndsBoth() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            // each host is its own site
            b.open(on("localhost", "/"));
            b.waitFor("Sở Thông tin và Truyền thông (máy localhost)", Duration.ofSeconds(15));
            b.open(on("127.0.0.1", "/"));
            b.waitFor("Sở Khoa học và Công nghệ (địa chỉ 127.0.0.1)", Duration.ofSeconds(15));

            // 1. localhost: the silent attempt finds no Keycloak session, so the sign-in page offers SSO
            b.open(on("localhost", "/admin/sites.xhtml"));
            String login = b.waitFor("Đăng nhập bằng tài khoản một cửa (SSO)", Duration.ofSeconds(20));
            assertTrue(login.contains(SIGN_IN_PAGE), "the local sign-in form is still there");
            assertTrue(b.url().startsWith(on("localhost", "/admin/login.xhtml")), b.url());
            b.screenshot(SHOTS.resolve("sso-1-portal-sign-in.png"));
            b.click("#ssoLogin");
            b.waitFor(KEYCLOAK_FORM, Duration.ofSeconds(20));
            assertTrue(b.url().startsWith(keycloak.issuer(REALM) + "/protocol/openid-connect/auth"), b.url());
            assertTrue(b.url().contains("code_challenge_method=S256") && b.url().contains("nonce="), "PKCE and nonce");
            b.type("#username", USER);
            b.type("#password", PASSWORD);
            b.screenshot(SHOTS.resolve("sso-2-keycloak-form.png"));
            b.click("#kc-login");
            String sites = b.waitFor("Sở Thông tin và Truyền thông (máy localhost)", Duration.ofSeconds(20));
            assertTrue(b.url().startsWith(on("localhost", "/admin/sites.xhtml")), "back on the page first asked for: "
                    + b.url());
            assertTrue(sites.contains("Nguyễn Văn A") && sites.contains("(nguyenvana)"), "signed in as the Keycloak user");
            b.screenshot(SHOTS.resolve("sso-3-localhost-admin.png"));

            // same host, another page: the same session
            b.open(on("localhost", "/admin/index.xhtml"));
            b.waitFor(DASHBOARD, Duration.ofSeconds(15));

            // 2. 127.0.0.1: no portal session on this host, but Keycloak has one: no form, straight in
            b.open(on("127.0.0.1", "/admin/index.xhtml"));
            String dashboard = b.waitFor(DASHBOARD, Duration.ofSeconds(20));
            assertFalse(dashboard.contains(KEYCLOAK_FORM), "the Keycloak form was not shown again");
            assertTrue(b.url().startsWith(on("127.0.0.1", "/admin/index.xhtml")), b.url());
            assertTrue(dashboard.contains("(nguyenvana)"));
            assertTrue(portal.log().contains("'nguyenvana' signed in silently on 127.0.0.1"), "a prompt=none round trip");
            b.screenshot(SHOTS.resolve("sso-4-127.0.0.1-admin.png"));

            // grants follow the Keycloak groups through oidc.role-mapping
            String grants = portal.adminGet("/api/v1/grants").body();
            assertTrue(grants.contains("\"role\":\"administrator\"") && grants.contains("\"siteKey\":\"sso-may-chu\"")
                    && grants.contains("\"createdBy\":\"oidc\""), grants);

            // 3. sign out on 127.0.0.1: Keycloak's session ends, and through back-channel logout the localhost one too
            b.click("[id='topForm:logout']");
            b.waitFor(SIGN_IN_PAGE, Duration.ofSeconds(20));
            assertTrue(b.url().startsWith(on("127.0.0.1", "/admin/login.xhtml")), "back from Keycloak's logout: " + b.url());
            b.screenshot(SHOTS.resolve("sso-5-signed-out.png"));
            b.open(on("localhost", "/admin/index.xhtml"));
            String after = b.waitFor(SIGN_IN_PAGE, Duration.ofSeconds(20));
            assertFalse(after.contains(DASHBOARD), "the localhost session ended too");
            b.open(on("127.0.0.1", "/admin/index.xhtml"));
            b.waitFor("Đăng nhập bằng tài khoản một cửa (SSO)", Duration.ofSeconds(20));
            b.click("#ssoLogin");
            b.waitFor(KEYCLOAK_FORM, Duration.ofSeconds(20));
        }
        assertTrue(portal.log().contains("back-channel logout"), "Keycloak told the portal");
    }

    @Test
    @Order(2)
    void accessTokensFromKeycloakAuthenticateRestClients() throws Exception {
        HttpResponse<String> granted = keycloak.token(REALM, Map.of("grant_type", "password", "client_id", "portal",
                "client_secret", SECRET, "username", USER, "password", PASSWORD, "scope", "openid"));
        assertEquals(200, granted.statusCode(), granted.body());
        String accessToken = token(granted.body(), "access_token");
        HttpResponse<String> me = SessionClient.withToken(portal.port, accessToken).get("/api/v1/auth/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"nguyenvana\"") && me.body().contains("\"administrator\":true"),
                me.body());
        assertEquals(200, SessionClient.withToken(portal.port, accessToken).get("/api/v1/users").statusCode(),
                "the mapped administrator role applies to bearer calls too");

        // the payload changed, the signature kept: forged
        String[] parts = accessToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"nguyenvana\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRejected(forged, "signature");
        assertRejected("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "");
        assertRejected("khong-phai-token", "not a JWT");
        assertRejected(token(granted.body(), "id_token"), "ID token");

        // a token Keycloak issued to another client is not for the portal
        HttpResponse<String> other = keycloak.token(REALM, Map.of("grant_type", "password", "client_id", "ung-dung-khac",
                "username", USER, "password", PASSWORD));
        assertEquals(200, other.statusCode(), other.body());
        assertRejected(token(other.body(), "access_token"), "not to client portal");

        // portal API tokens still work beside them
        assertEquals(401, SessionClient.withToken(portal.port, "pt_khong-co").get("/api/v1/auth/me").statusCode());
    }

    /** A token from a token response (PortalScenario.field's regex overflows the stack on strings this long). */
    static String token(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"");
        assertTrue(start >= 0, "no " + name + " in " + json);
        start += name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    void assertRejected(String token, String reason) throws Exception {
        HttpResponse<String> r = SessionClient.withToken(portal.port, token).get("/api/v1/auth/me");
        PortalScenario.assertProblem(r, 401);
        assertTrue(r.body().contains(reason), "reason '" + reason + "' in " + r.body());
    }

    @Test
    @Order(3)
    void aForgedOrStaleCallbackGetsAReadablePageNotAStackTrace() throws Exception {
        PortalProcess.Raw r = portal.getAs("/auth/oidc/callback?code=abc&state=gia-mao", "127.0.0.1:" + portal.port);
        assertEquals(400, r.status());
        assertTrue(r.body().contains("Đăng nhập một lần không thành công") && r.body().contains("state"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at vn.portal"), r.body());
        assertEquals(200, portal.get("/health").statusCode());
    }

    @Test
    @Order(4)
    void withKeycloakDownTheLocalSignInPageStillComesAndSsoSaysWhy() throws Exception {
        keycloak.stop();
        assertEquals(0, keycloak.alive());
        Thread.sleep(5_500); // the portal rechecks the provider every 5 seconds
        String host = "localhost:" + portal.port;
        PortalProcess.Raw admin = portal.getAs("/admin/index.xhtml", host);
        assertEquals(302, admin.status());
        assertTrue(admin.location().contains("/auth/oidc/login?prompt=none"), admin.location());
        PortalProcess.Raw silent = portal.getAs(admin.location().substring(admin.location().indexOf("/auth/")), host);
        assertEquals(302, silent.status());
        assertTrue(silent.location().contains("/admin/login.xhtml?return="), "the local form, not a browser error: "
                + silent.location());
        PortalProcess.Raw sso = portal.getAs("/auth/oidc/login?return=%2Fadmin%2Findex.xhtml", host);
        assertEquals(503, sso.status());
        assertTrue(sso.body().contains("Không kết nối được máy chủ xác thực") && sso.body().contains("local account"),
                sso.body());
        assertFalse(sso.body().contains("Exception"), sso.body());
    }
}
