package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Identity checks against a running portal: users created by an administrator, forced
 * password change, site-scoped grants, CSRF, lockout, API tokens, audit chain, privacy.
 */
final class IdentityScenario {

    private final PortalProcess portal;

    IdentityScenario(PortalProcess portal) {
        this.portal = portal;
    }

    /** Creates a user through the API and returns {id, temporary password}. */
    String[] createUser(String username) throws Exception {
        HttpResponse<String> r = portal.adminSend("POST", "/api/v1/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Nguyễn Văn Thử\",\"email\":\"" + username + "@hoaan.example\"}");
        assertEquals(201, r.statusCode(), r.body());
        return new String[] {PortalScenario.field(r.body(), "id"), PortalScenario.field(r.body(), "temporaryPassword")};
    }

    /** A user with a changed password, signed in with a session. */
    SessionClient signedInUser(String username, String password) throws Exception {
        String[] u = createUser(username);
        SessionClient c = new SessionClient(portal.port);
        HttpResponse<String> first = c.login(username, u[1]);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"mustChangePassword\":true"), "a one-time password must be changed");
        assertEquals(401, c.get("/api/v1/auth/me").statusCode(), "nothing else until it is changed");
        HttpResponse<String> weak = c.write("POST", "/api/v1/auth/password",
                "{\"username\":\"" + username + "\",\"current\":\"" + u[1] + "\",\"next\":\"ngan\"}");
        PortalScenario.assertProblem(weak, 400);
        HttpResponse<String> changed = c.write("POST", "/api/v1/auth/password",
                "{\"username\":\"" + username + "\",\"current\":\"" + u[1] + "\",\"next\":\"" + password + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        HttpResponse<String> again = c.login(username, password);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"mustChangePassword\":false"));
        return c;
    }

    String grant(String userId, String role, String site) throws Exception {
        HttpResponse<String> r = portal.adminSend("POST", "/api/v1/grants", "{\"principalType\":\"USER\",\"principalId\":\""
                + userId + "\",\"role\":\"" + role + "\",\"site\":" + (site == null ? "null" : "\"" + site + "\"")
                + ",\"inherit\":true}");
        assertEquals(201, r.statusCode(), r.body());
        return PortalScenario.field(r.body(), "id");
    }

    void siteGrantsAreEnforcedAndSessionWritesNeedTheCsrfToken() throws Exception {
        String name = "bt-" + UUID.randomUUID().toString().substring(0, 8);
        SessionClient c = signedInUser(name, "Bien-Tap-Vien-2026!");
        String id = PortalScenario.field(c.get("/api/v1/auth/me").body(), "id");
        String site = "{\"nameVi\":\"Sở Nội vụ tỉnh Hòa An (mẫu)\",\"kind\":\"DEPARTMENT\",\"parent\":\"tinh\","
                + "\"agencyCode\":\"H99.01\",\"unitCode\":\"99\",\"locales\":[\"vi\",\"en\"]}";
        PortalScenario.assertProblem(c.write("PUT", "/api/v1/sites/so-noi-vu", site), 403);
        grant(id, "site-admin", "so-noi-vu");
        assertEquals(200, c.write("PUT", "/api/v1/sites/so-noi-vu", site).statusCode(), "granted on so-noi-vu");
        PortalScenario.assertProblem(c.write("PUT", "/api/v1/sites/so-tai-chinh",
                site.replace("H99.01", "H99.02")), 403);
        PortalScenario.assertProblem(c.send("PUT", "/api/v1/sites/so-noi-vu", site, false), 403);
        // plain HTML forms cannot set headers: the token may ride in the address instead
        assertEquals(200, c.send("PUT", "/api/v1/sites/so-noi-vu?_csrf=" + c.csrf, site, false).statusCode());
        PortalScenario.assertProblem(c.send("PUT", "/api/v1/sites/so-noi-vu?_csrf=forged", site, false), 403);
        assertFalse(portal.get("/s/so-noi-vu/").body().contains("Bảo trì hệ thống")); // the banner is remembered now
        assertEquals(201, c.write("POST", "/api/v1/notice/notices?site=so-noi-vu",
                "{\"messageVi\":\"Bảo trì hệ thống\"}").statusCode(), "plugins check the same grants");
        assertTrue(portal.get("/s/so-noi-vu/").body().contains("Bảo trì hệ thống"),
                "a new notice shows at once on the site's pages (the remembered banner and cached page are dropped)");
        PortalScenario.assertProblem(c.write("POST", "/api/v1/notice/notices?site=so-tai-chinh",
                "{\"messageVi\":\"Không được phép\"}"), 403);
        PortalScenario.assertProblem(c.get("/api/v1/users"), 403);
        assertTrue(portal.adminGet("/api/v1/audit?action=notice.created").body().contains("\"actor\":\"" + name + "\""),
                "plugin writes are audited with the acting user");
        assertEquals(204, c.write("POST", "/api/v1/auth/logout", null).statusCode());
        assertEquals(401, c.get("/api/v1/auth/me").statusCode());
    }

    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String name = "kh-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Khoa-Tai-Khoan-2026!";
        signedInUser(name, password);
        SessionClient c = new SessionClient(portal.port);
        for (int i = 0; i < 5; i++) {
            PortalScenario.assertProblem(c.login(name, "sai-" + i), 401);
        }
        HttpResponse<String> locked = c.login(name, password);
        PortalScenario.assertProblem(locked, 401);
        HttpResponse<String> unknown = c.login("khong-ton-tai-" + name, password);
        assertEquals(PortalScenario.field(locked.body(), "detail"), PortalScenario.field(unknown.body(), "detail"),
                "a locked account and an unknown user look the same");
        String id = findUserId(name);
        assertTrue(portal.adminSend("POST", "/api/v1/users/" + id + "/unlock", null).body().contains("\"locked\":false"));
        assertEquals(200, c.login(name, password).statusCode());
        String audit = portal.adminGet("/api/v1/audit?action=auth.locked").body();
        assertTrue(audit.contains(name), "the lockout is audited");
    }

    void apiTokensAreScopedExpireAndCanBeRevoked() throws Exception {
        String name = "tk-" + UUID.randomUUID().toString().substring(0, 8);
        SessionClient c = signedInUser(name, "Ma-Truy-Cap-2026!");
        grant(PortalScenario.field(c.get("/api/v1/auth/me").body(), "id"), "site-admin", "so-noi-vu");
        HttpResponse<String> created = c.write("POST", "/api/v1/auth/tokens",
                "{\"name\":\"đồng bộ\",\"scopes\":[\"notice:*:so-noi-vu\"],\"days\":30}");
        assertEquals(201, created.statusCode(), created.body());
        String secret = PortalScenario.field(created.body(), "secret");
        String tokenId = PortalScenario.field(created.body(), "id");
        SessionClient bot = SessionClient.withToken(portal.port, secret);
        assertEquals(201, bot.send("POST", "/api/v1/notice/notices?site=so-noi-vu", "{\"messageVi\":\"Từ máy\"}", false)
                .statusCode(), "within the token's scope");
        PortalScenario.assertProblem(bot.send("POST", "/api/v1/sites/so-noi-vu/archive", "{}", false), 403);
        assertFalse(c.get("/api/v1/auth/tokens").body().contains(secret), "the secret is never shown again");
        assertEquals(204, c.write("DELETE", "/api/v1/auth/tokens/" + tokenId, null).statusCode());
        PortalScenario.assertProblem(bot.send("POST", "/api/v1/notice/notices?site=so-noi-vu", "{\"messageVi\":\"x\"}", false),
                401);
        PortalScenario.assertProblem(SessionClient.withToken(portal.port, "pt_forged").get("/api/v1/auth/me"), 401);
    }

    void aSecondFactorIsAskedOnceEnrolled() throws Exception {
        String name = "mfa-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Hai-Lop-Bao-Ve-2026!";
        SessionClient c = signedInUser(name, password);
        HttpResponse<String> begin = c.write("POST", "/api/v1/auth/totp", null);
        assertEquals(200, begin.statusCode(), begin.body());
        String secret = PortalScenario.field(begin.body(), "secret");
        assertTrue(PortalScenario.field(begin.body(), "uri").startsWith("otpauth://totp/"));
        PortalScenario.assertProblem(c.write("POST", "/api/v1/auth/totp/confirm", "{\"code\":\"000000\"}"), 400);
        assertEquals(204, c.write("POST", "/api/v1/auth/totp/confirm", "{\"code\":\"" + TestTotp.now(secret) + "\"}")
                .statusCode());
        SessionClient again = new SessionClient(portal.port);
        PortalScenario.assertProblem(again.login(name, password), 401);
        PortalScenario.assertProblem(again.send("POST", "/api/v1/auth/login", "{\"username\":\"" + name
                + "\",\"password\":\"" + password + "\",\"code\":\"123456\"}", false), 401);
        HttpResponse<String> ok = again.send("POST", "/api/v1/auth/login", "{\"username\":\"" + name + "\",\"password\":\""
                + password + "\",\"code\":\"" + TestTotp.now(secret) + "\"}", false);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(portal.adminGet("/api/v1/users").body().contains("\"mfa\":true"));
    }

    void administratorsCannotReuseRecentPasswords() throws Exception {
        String name = "qt-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "Quan-Tri-Mot-2026!";
        SessionClient c = signedInUser(name, first);
        grant(PortalScenario.field(c.get("/api/v1/auth/me").body(), "id"), "administrator", null);
        String second = "Quan-Tri-Hai-2026!";
        assertEquals(204, c.write("POST", "/api/v1/auth/password", "{\"username\":\"" + name + "\",\"current\":\"" + first
                + "\",\"next\":\"" + second + "\"}").statusCode());
        SessionClient again = new SessionClient(portal.port);
        assertEquals(200, again.login(name, second).statusCode());
        HttpResponse<String> reuse = again.write("POST", "/api/v1/auth/password", "{\"username\":\"" + name
                + "\",\"current\":\"" + second + "\",\"next\":\"" + first + "\"}");
        PortalScenario.assertProblem(reuse, 400);
        assertTrue(reuse.body().contains("last 10"), reuse.body());
    }

    void theAuditLogIsChainedAndExportable() throws Exception {
        HttpResponse<String> verify = portal.adminGet("/api/v1/audit/verify");
        assertEquals(200, verify.statusCode(), verify.body());
        assertTrue(verify.body().contains("\"valid\":true"), verify.body());
        HttpResponse<String> csv = portal.adminGet("/api/v1/audit?format=csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("seq,at,actor,source_ip,action"));
        assertTrue(csv.body().contains("auth.login"));
    }

    void aPersonsDataCanBeExportedAndErased() throws Exception {
        String name = "xoa-" + UUID.randomUUID().toString().substring(0, 8);
        signedInUser(name, "Xoa-Du-Lieu-2026!");
        String id = findUserId(name);
        String export = portal.adminGet("/api/v1/users/" + id + "/export").body();
        assertTrue(export.contains(name + "@hoaan.example"), export);
        HttpResponse<String> erased = portal.adminSend("DELETE", "/api/v1/users/" + id, null);
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("\"anonymised\":true"));
        assertFalse(portal.adminGet("/api/v1/users/" + id).body().contains(name));
        PortalScenario.assertProblem(new SessionClient(portal.port).login(name, "Xoa-Du-Lieu-2026!"), 401);
        assertTrue(portal.adminGet("/api/v1/audit?action=user.anonymised").body().contains(id),
                "the audit trail keeps the pseudonymous id");
    }

    private String findUserId(String username) throws Exception {
        String all = portal.adminGet("/api/v1/users").body();
        int at = all.indexOf("\"username\":\"" + username + "\"");
        int start = all.lastIndexOf("{", at);
        return PortalScenario.field(all.substring(start), "id");
    }
}
