package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant isolation, endpoint by endpoint: every REST endpoint the runtime lists
 * (kernel and plugins) must answer 401 to an anonymous caller and 403 to a user who is
 * administrator of site A when the call is about site B — unless it is marked public.
 */
final class IsolationMatrix {

    /** One row of GET /api/v1/endpoints. */
    record Endpoint(String method, String path, String owner, boolean isPublic) {
    }

    static final String SITE_A = "so-noi-vu";
    static final String SITE_B = "so-tai-chinh";

    private final PortalProcess portal;
    private final IdentityScenario identity;

    IsolationMatrix(PortalProcess portal) {
        this.portal = portal;
        this.identity = new IdentityScenario(portal);
    }

    List<Endpoint> endpoints() throws Exception {
        HttpResponse<String> r = portal.adminGet("/api/v1/endpoints");
        assertEquals(200, r.statusCode(), r.body());
        List<Endpoint> out = new ArrayList<>();
        for (String obj : r.body().split("\\},\\{")) {
            out.add(new Endpoint(PortalScenario.field(obj, "method"), PortalScenario.field(obj, "path"),
                    PortalScenario.field(obj, "owner"), obj.contains("\"isPublic\":true")));
        }
        return out;
    }

    void everyEndpointRefusesAnonymousCallersAndOtherSitesAdministrators() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.stream().anyMatch(e -> e.owner().equals("notice")), "plugin endpoints are listed");
        for (String subResource : List.of("/content/media/{mediaId}", "/eform/files/{procedure}/{fileKey}/versions")) {
            assertTrue(endpoints.stream().anyMatch(e -> e.path().equals(subResource)),
                    "the endpoints of a plugin's sub-resource are listed, so they are checked below: " + subResource);
        }
        assertTrue(endpoints.stream().anyMatch(e -> e.path().equals("/sites/{key}") && e.method().equals("PUT")));

        String name = "cl-" + UUID.randomUUID().toString().substring(0, 8);
        SessionClient a = identity.signedInUser(name, "Cach-Ly-Trang-2026!");
        String userA = PortalScenario.field(a.get("/api/v1/auth/me").body(), "id");
        identity.grant(userA, "site-admin", SITE_A);
        HttpResponse<String> token = a.write("POST", "/api/v1/auth/tokens", "{\"name\":\"ma trận\",\"scopes\":[\"*\"]}");
        SessionClient asA = SessionClient.withToken(portal.port, PortalScenario.field(token.body(), "secret"));
        SessionClient anonymous = new SessionClient(portal.port);
        Map<String, String> samples = samples(userA);

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Endpoint e : endpoints) {
            if (e.isPublic()) {
                continue;
            }
            String url = "/api/v1" + fill(e.path(), samples) + (e.owner().equals("kernel") ? "" : "?site=" + SITE_B);
            String body = e.method().equals("GET") || e.method().equals("DELETE") ? null : "{}";
            int anon = anonymous.send(e.method(), url, body, false).statusCode();
            if (anon != 401) {
                failures.add("anonymous " + e.method() + " " + url + " → " + anon + " (expected 401)");
            }
            // the caller's own things (the kernel's /auth/…, a plugin's …/me/…: a person's settings)
            // answer anyone signed in, whatever their grants: only the anonymous check applies
            if (!e.path().startsWith("/auth/") && !e.path().contains("/me/") && !e.path().endsWith("/me")) {
                int other = asA.send(e.method(), url, body, false).statusCode();
                if (other != 403) {
                    failures.add("site " + SITE_A + " admin " + e.method() + " " + url + " → " + other + " (expected 403)");
                }
            }
            checked++;
        }
        assertTrue(checked >= 25, "the matrix covered " + checked + " endpoints");
        assertEquals(List.of(), failures, "endpoints that leak across sites or to anonymous callers");
    }

    /** Real ids on site B, so a 404 for a missing thing cannot hide a missing permission check. */
    private Map<String, String> samples(String userA) throws Exception {
        HttpResponse<String> group = portal.adminSend("POST", "/api/v1/groups",
                "{\"name\":\"Nhóm " + UUID.randomUUID().toString().substring(0, 6) + "\"}");
        String grantOnB = identity.grant(userA, "editor", SITE_B);
        portal.adminSend("DELETE", "/api/v1/grants/" + grantOnB, null);
        String userOnB = identity.createUser("b-" + UUID.randomUUID().toString().substring(0, 8))[0];
        String grantB = identity.grant(userOnB, "editor", SITE_B);
        return Map.ofEntries(Map.entry("key", SITE_B), Map.entry("site", SITE_B), Map.entry("users", userOnB),
                Map.entry("groups", PortalScenario.field(group.body(), "id")), Map.entry("grants", grantB),
                Map.entry("plugins", "notice"), Map.entry("roles", "editor"), Map.entry("userId", userOnB),
                Map.entry("catalog", "sectors"), Map.entry("code", "HOTICH"), Map.entry("content", contentOnB()), Map.entry("n", "1"),
                Map.entry("formKey", "mau-cach-ly"), Map.entry("receiptCode", dossierOnB()), Map.entry("version", "1"),
                Map.entry("attachmentId", "x"), Map.entry("procedure", FILE_PROCEDURE), Map.entry("fileKey", fileOnB()),
                Map.entry("mediaId", mediaOnB()));
    }

    /** A real item on site B, so content endpoints are checked against something that exists. */
    private String contentOnB() throws Exception {
        HttpResponse<String> r = portal.adminSend("POST", "/api/v1/content/items?site=" + SITE_B, "{\"type\":\"page\","
                + "\"title\":\"Trang của sở B\",\"fields\":{\"body\":\"<p>B</p>\"}}");
        return PortalScenario.field(r.body(), "id");
    }

    /** A published form and a dossier on site B, so e-form endpoints are checked against real ones. */
    private String dossierOnB() throws Exception {
        String form = "{\"key\":\"mau-cach-ly\",\"procedure\":\"1.000004.000.00.00.H99\",\"title\":\"Mẫu của sở B\","
                + "\"applicant\":{\"name\":\"ten\"},\"steps\":[{\"fields\":[{\"name\":\"ten\",\"label\":\"Tên\","
                + "\"help\":\"Họ tên\",\"required\":true}]}]}";
        HttpResponse<String> created = portal.adminSend("POST", "/api/v1/eform/forms?site=" + SITE_B, form);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, portal.adminSend("POST", "/api/v1/eform/forms/mau-cach-ly/versions/1/publish?site=" + SITE_B, "{}")
                .statusCode());
        String token = PortalScenario.field(portal.get("/api/v1/eform/forms/mau-cach-ly?site=" + SITE_B).body(),
                "submitToken");
        HttpResponse<String> dossier = new FormPost().field("_form", "mau-cach-ly").field("_csrf", token)
                .field("ten", "Người nộp ở sở B").header("Idempotency-Key", UUID.randomUUID().toString())
                .send(portal.port, "/api/v1/eform/dossiers?site=" + SITE_B);
        assertEquals(201, dossier.statusCode(), dossier.body());
        return PortalScenario.field(dossier.body(), "receiptCode");
    }

    /** A real file of site B's media library, for the library's endpoints. */
    private String mediaOnB() throws Exception {
        HttpResponse<String> r = portal.adminPost("/api/v1/content/media?site=" + SITE_B + "&name=b.png", "image/png",
                ContentScenario.PNG);
        assertEquals(201, r.statusCode(), r.body());
        return PortalScenario.field(r.body(), "id");
    }

    static final String FILE_PROCEDURE = "1.000004.000.00.00.H99";

    /** A downloadable form on site B, so its staff endpoints are checked against a real one. */
    private String fileOnB() throws Exception {
        HttpResponse<String> r = new FormPost().header("Authorization", PortalProcess.basic())
                .field("procedure", FILE_PROCEDURE).field("titleVi", "Mẫu của sở B")
                .file("file", "mau.pdf", EformScenario.PDF).send(portal.port, "/api/v1/eform/files?site=" + SITE_B);
        assertEquals(201, r.statusCode(), r.body());
        return PortalScenario.field(r.body(), "key");
    }

    /** Replaces {name} placeholders by a sample chosen by name, or by the collection the path starts with. */
    static String fill(String path, Map<String, String> samples) {
        String collection = path.split("/")[1];
        Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?\\}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).trim();
            String value = samples.getOrDefault(name, samples.getOrDefault(collection, "x"));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
