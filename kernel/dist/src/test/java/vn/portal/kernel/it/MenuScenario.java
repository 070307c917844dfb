package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.kernel.it.PortalScenario.assertProblem;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.UUID;

/** A site's main menu end to end: REST, validation, who may change it, the public header. */
final class MenuScenario {

    static final String SITE = "so-noi-vu";
    static final String REQUIRED = "{\"key\":\"home\",\"required\":true},{\"key\":\"introduction\",\"required\":true},"
            + "{\"key\":\"services\",\"required\":true},{\"key\":\"sitemap\",\"required\":true}";

    private final PortalProcess portal;

    MenuScenario(PortalProcess portal) {
        this.portal = portal;
    }

    /** A PUT body: the required entries, then the given own entries (JSON objects). */
    static String menu(String own) {
        return "{\"entries\":[" + REQUIRED + (own.isEmpty() ? "" : "," + own) + "]}";
    }

    void aSiteAdministratorSetsTheMenuAndVisitorsSeeItAtOnce() throws Exception {
        HttpResponse<String> before = portal.get("/api/v1/sites/" + SITE + "/menu");
        assertEquals(200, before.statusCode(), before.body());
        for (String k : new String[] {"\"key\":\"home\"", "\"required\":true", "\"labelVi\":\"Trang chủ\"",
                "\"labelEn\":\"Home\"", "\"key\":\"introduction\"", "\"key\":\"services\"", "\"target\":\"/so-do-cong\""}) {
            assertTrue(before.body().contains(k), "the required entries: " + before.body());
        }
        // the site's home is in the page cache before the change
        portal.get("/s/" + SITE + "/");
        assertEquals("HIT", portal.get("/s/" + SITE + "/").headers().firstValue("X-Cache").orElse(""));

        String name = "menu-" + UUID.randomUUID().toString().substring(0, 8);
        IdentityScenario identity = new IdentityScenario(portal);
        SessionClient admin = identity.signedInUser(name, "Quan-Tri-Menu-2026!");
        identity.grant(PortalScenario.field(admin.get("/api/v1/auth/me").body(), "id"), "site-admin", SITE);
        String section = Normalizer.normalize("Cải cách hành chính", Normalizer.Form.NFD); // typed decomposed
        String own = "{\"labelVi\":\"Tin tức nội vụ\",\"labelEn\":\"Home affairs news\",\"target\":\"/tin-tuc\"},"
                + "{\"labelVi\":\"Chuyên mục\",\"labelEn\":\"Topics\",\"target\":\"/chuyen-muc/cai-cach-hanh-chinh\","
                + "\"children\":[{\"labelVi\":\"" + section + "\",\"target\":\"/chuyen-muc/cai-cach-hanh-chinh\"},"
                + "{\"labelVi\":\"Văn bản của sở\",\"labelEn\":\"Documents\",\"target\":\"/van-ban?nam=2026\"}]},"
                + "{\"labelVi\":\"Cổng Dịch vụ công quốc gia\",\"labelEn\":\"National public service portal\","
                + "\"target\":\"https://dichvucong.gov.vn\"}";
        HttpResponse<String> put = admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", menu(own));
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"labelVi\":\"Cải cách hành chính\""), "stored NFC: " + put.body());

        HttpResponse<String> home = portal.get("/s/" + SITE + "/");
        assertEquals("MISS", home.headers().firstValue("X-Cache").orElse(""), "the cached page was dropped");
        String nav = nav(home.body());
        int sitemap = nav.indexOf(">Sơ đồ cổng<");
        assertTrue(nav.indexOf(">Trang chủ<") < nav.indexOf(">Giới thiệu<")
                && nav.indexOf(">Giới thiệu<") < nav.indexOf(">Dịch vụ công trực tuyến<")
                && nav.indexOf(">Dịch vụ công trực tuyến<") < sitemap && sitemap < nav.indexOf(">Tin tức nội vụ<"),
                "required entries first, in order: " + nav);
        assertTrue(nav.matches("(?s).*<li class=\"menu-item has-children\">\\s*<a class=\"menu-link\" href=\"/s/so-noi-vu/"
                + "chuyen-muc/cai-cach-hanh-chinh\">Chuyên mục</a>\\s*<ul class=\"submenu\">.*"), "a section: " + nav);
        assertTrue(nav.contains("href=\"/s/so-noi-vu/van-ban?nam&#61;2026\">Văn bản của sở</a>"), nav);
        assertTrue(nav.contains(">Cải cách hành chính</a>"), "NFC on the page");
        assertTrue(nav.contains("href=\"https://dichvucong.gov.vn\">Cổng Dịch vụ công quốc gia<span class=\"visually-hidden\">"),
                "links out stay absolute and say so: " + nav);

        String en = nav(portal.get("/s/" + SITE + "/en/").body());
        assertTrue(en.contains("href=\"/s/so-noi-vu/en/tin-tuc\">Home affairs news</a>"), "English labels: " + en);
        assertTrue(en.contains("lang=\"vi\">Cải cách hành chính</a>"), "no English label: the Vietnamese one, marked");

        String listing = nav(portal.get("/s/" + SITE + "/tin-tuc").body());
        assertTrue(listing.contains("class=\"menu-link is-current\" href=\"/s/so-noi-vu/tin-tuc\" aria-current=\"page\""),
                "the current page is marked: " + listing);
        assertFalse(nav(portal.get("/").body()).contains("Tin tức nội vụ"), "other sites keep their own menus");

        String stored = portal.get("/api/v1/sites/" + SITE + "/menu").body();
        assertTrue(stored.contains("\"key\":\"sitemap\"") && stored.contains("\"labelVi\":\"Cải cách hành chính\"")
                && stored.contains("\"target\":\"https://dichvucong.gov.vn\""), "the whole menu, as stored: " + stored);
        assertTrue(portal.adminGet("/api/v1/audit?action=site.menu.updated&site=" + SITE).body()
                .contains("after: Tin tức nội vụ → /tin-tuc; Chuyên mục → /chuyen-muc/cai-cach-hanh-chinh [Cải cách"),
                "audited with what changed");

        // required entries can be neither removed nor moved
        HttpResponse<String> removed = admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", "{\"entries\":["
                + REQUIRED.replace(",{\"key\":\"sitemap\",\"required\":true}", "") + "]}");
        assertProblem(removed, 400);
        assertTrue(removed.body().contains("\"entries\":\"the menu starts with the required entries"), removed.body());
        assertProblem(admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", "{\"entries\":[{\"labelVi\":\"Trước\","
                + "\"target\":\"/truoc\"}," + REQUIRED + "]}"), 400);
        assertProblem(admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", "{\"entries\":["
                + REQUIRED.replace("{\"key\":\"home\",\"required\":true},{\"key\":\"introduction\",\"required\":true}",
                        "{\"key\":\"introduction\",\"required\":true},{\"key\":\"home\",\"required\":true}") + "]}"), 400);
        assertProblem(admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", "{\"entries\":[{\"labelVi\":\"Chỉ mục riêng\","
                + "\"target\":\"/rieng\"}]}"), 400);

        // bad input: every problem by field, nothing written
        HttpResponse<String> bad = admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", menu(
                "{\"labelVi\":\"\",\"target\":\"/tin-tuc\"},{\"labelVi\":\"Trốn ra ngoài\",\"target\":\"/../../admin\"},"
                        + "{\"labelVi\":\"Sâu\",\"target\":\"/a\",\"children\":[{\"labelVi\":\"Sâu hơn\",\"target\":\"/a/b\","
                        + "\"children\":[{\"labelVi\":\"Quá sâu\",\"target\":\"/a/b/c\"}]}]},"
                        + "{\"labelVi\":\"" + "D".repeat(101) + "\",\"target\":\"javascript:alert(1)\"}"));
        assertProblem(bad, 400);
        for (String field : new String[] {"\"entries[4].labelVi\":\"required\"", "\"entries[5].target\":",
                "\"entries[6].children[0].children\":\"at most two levels", "\"entries[7].labelVi\":\"at most 100 characters\"",
                "\"entries[7].target\":\"must be a path inside the site"}) {
            assertTrue(bad.body().contains(field), field + " in " + bad.body());
        }
        assertProblem(admin.write("PUT", "/api/v1/sites/" + SITE + "/menu", "{\"entries\": [ "), 400);
        assertTrue(portal.get("/api/v1/sites/" + SITE + "/menu").body().contains("Tin tức nội vụ"), "nothing half-written");

        // only with site-edit on this site
        SessionClient other = identity.signedInUser("menu-b-" + UUID.randomUUID().toString().substring(0, 8),
                "Quan-Tri-Khac-2026!");
        identity.grant(PortalScenario.field(other.get("/api/v1/auth/me").body(), "id"), "site-admin", "so-tai-chinh");
        assertProblem(other.write("PUT", "/api/v1/sites/" + SITE + "/menu", menu("")), 403);
        assertEquals(200, other.write("PUT", "/api/v1/sites/so-tai-chinh/menu", menu("{\"labelVi\":\"Ngân sách\","
                + "\"target\":\"/ngan-sach\"}")).statusCode(), "but on their own site");
        assertProblem(portal.send("PUT", "/api/v1/sites/" + SITE + "/menu", menu("")), 401);
        assertProblem(portal.get("/api/v1/sites/khong-co/menu"), 404);
        assertTrue(nav(portal.get("/s/" + SITE + "/").body()).contains("Tin tức nội vụ"), "the menu is as it was");
    }

    /** The main navigation of a page. */
    static String nav(String html) {
        int start = html.indexOf("<nav class=\"main-nav\"");
        assertTrue(start >= 0, "no main navigation in " + html);
        return html.substring(start, html.indexOf("</nav>", start));
    }
}
