package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.kernel.it.PortalScenario.assertProblem;
import static vn.portal.kernel.it.PortalScenario.count;
import static vn.portal.kernel.it.PortalScenario.field;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

/** The content plugin end to end: an editor writes, a publisher publishes, the public sees only that. */
final class ContentScenario {

    static final String SITE = "so-noi-vu";
    static final String API = "/api/v1/content";
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final PortalProcess portal;
    private final IdentityScenario identity;

    ContentScenario(PortalProcess portal) {
        this.portal = portal;
        this.identity = new IdentityScenario(portal);
    }

    SessionClient userWithRole(String prefix, String role) throws Exception {
        SessionClient c = identity.signedInUser(prefix + "-" + UUID.randomUUID().toString().substring(0, 6),
                "Noi-Dung-Cong-2026!");
        identity.grant(field(c.get("/api/v1/auth/me").body(), "id"), role, SITE);
        return c;
    }

    static String item(String id) {
        return API + "/items/" + id + "?site=" + SITE;
    }

    void anEditorWritesAPublisherPublishesAndOnlyThePublishedCopyIsPublic() throws Exception {
        SessionClient editor = userWithRole("bientap", "editor");
        SessionClient publisher = userWithRole("duyet", "publisher");
        String image = field(portal.adminPost(API + "/media?site=" + SITE, "application/octet-stream", PNG).body(), "id");
        String title = "UBND tỉnh họp phiên thường kỳ tháng " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> created = editor.write("POST", API + "/items?site=" + SITE, "{\"type\":\"article\","
                + "\"title\":\"" + title + "\",\"summary\":\"Tóm tắt phiên họp\",\"fields\":{\"body\":\"<p>Nội dung "
                + "<strong>chính</strong></p><script>alert(1)</script><img src=x alt=\\\"\\\" onerror=alert(2)>\",\"featuredImage\":\""
                + image + "\",\"featuredImageAlt\":\"Toàn cảnh phiên họp\"}}");
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        String slug = field(created.body(), "slug");
        assertTrue(slug.startsWith("ubnd-tinh-hop-phien-thuong-ky-thang-"), slug);
        assertFalse(created.body().contains("<script") || created.body().contains("onerror"), "sanitised on save");
        assertTrue(created.body().contains("<strong>chính</strong>"));

        String page = "/s/" + SITE + "/tin-tuc/" + slug;
        assertEquals(404, portal.get(page).statusCode(), "a draft is not public");
        assertEquals(404, portal.get(API + "/public/items/" + slug + "?site=" + SITE).statusCode());
        assertEquals(404, portal.get(API + "/public/media/" + image + "?site=" + SITE).statusCode(),
                "media of drafts are not public");
        assertProblem(portal.get(item(id)), 401);

        HttpResponse<String> submitted = editor.write("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"submit\",\"comment\":\"Nhờ duyệt\"}");
        assertTrue(submitted.body().contains("\"status\":\"submitted\""), submitted.body());
        assertProblem(editor.write("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"approve\"}"), 403);
        assertProblem(publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"publish\"}"), 409);
        assertProblem(publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"reject\"}"), 400);
        publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE, "{\"action\":\"approve\"}");
        HttpResponse<String> published = publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                "{\"action\":\"publish\"}");
        assertTrue(published.body().contains("\"status\":\"published\""), published.body());
        assertTrue(published.body().contains("\"url\":\"http://localhost:" + portal.port + page + "\""), published.body());

        HttpResponse<String> visible = portal.get(page);
        assertEquals(200, visible.statusCode());
        assertTrue(visible.body().contains("<h1 class=\"page-title\">" + title + "</h1>"), "the theme's title");
        assertEquals(1, count(visible.body(), "<h1"), "one h1 a page");
        assertTrue(visible.body().contains("alt=\"Toàn cảnh phiên họp\""));
        assertTrue(portal.get("/s/" + SITE + "/").body().contains(title), "on the site's home page");
        pagesAreCachedForAnonymousVisitorsOnly(page, editor);
        visitorsRateThePage(id, page, publisher);
        listingsFeedsAndTheSitemapShowIt(title, page);
        assertTrue(visible.body().contains("<meta name=\"DC.identifier\" content=\"http://localhost:" + portal.port + page),
                "Dublin Core identifier");
        assertTrue(visible.body().contains("<meta name=\"DC.date\""));
        assertEquals(200, portal.get(API + "/public/media/" + image + "?site=" + SITE).statusCode());
        assertTrue(portal.get(API + "/public/items?site=" + SITE).body().contains("\"url\":\"http://localhost:"
                + portal.port + page + "\""));

        // an edit of a published item stays private until it is published again
        int version = number(published.body(), "version");
        HttpResponse<String> stale = editor.write("PUT", item(id), "{\"title\":\"Cũ\",\"version\":" + (version - 1)
                + ",\"fields\":{\"body\":\"<p>x</p>\"}}");
        assertProblem(stale, 409);
        assertTrue(stale.body().contains("Someone else changed this item"), stale.body());
        HttpResponse<String> edit = editor.write("PUT", item(id), "{\"title\":\"" + title + " (sửa)\",\"version\":"
                + version + ",\"slug\":\"" + slug + "\",\"fields\":{\"body\":\"<p>Nội dung đã sửa</p>\"}}");
        assertEquals(200, edit.statusCode(), edit.body());
        assertFalse(portal.get(page).body().contains("(sửa)"), "the public copy is unchanged until published");
        HttpResponse<String> compare = editor.get(API + "/items/" + id + "/compare?from=1&to=2&site=" + SITE);
        assertTrue(compare.body().contains("\"field\":\"title\"") && compare.body().contains("Nội dung đã sửa"),
                compare.body());
        publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE, "{\"action\":\"publish\"}");
        assertTrue(portal.get(page).body().contains("(sửa)"), "published again");
        HttpResponse<String> restored = publisher.write("POST", API + "/items/" + id + "/revisions/1/restore?site=" + SITE,
                "{}");
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(restored.body().contains("\"revision\":3") && restored.body().contains("\"title\":\"" + title + "\""),
                restored.body());

        HttpResponse<String> en = editor.write("POST", API + "/items/" + id + "/translations?site=" + SITE,
                "{\"locale\":\"en\"}");
        assertEquals(201, en.statusCode(), en.body());
        assertTrue(en.body().contains("\"translationOf\":\"" + id + "\"") && en.body().contains("\"locale\":\"en\""));

        HttpResponse<String> clash = editor.write("POST", API + "/items?site=" + SITE, "{\"type\":\"page\","
                + "\"title\":\"Trùng\",\"slug\":\"" + slug + "\",\"fields\":{\"body\":\"<p>x</p>\"}}");
        assertProblem(clash, 409);

        publisher.write("POST", API + "/items/" + id + "/transitions?site=" + SITE, "{\"action\":\"unpublish\","
                + "\"comment\":\"Thông tin cần cập nhật\"}");
        assertEquals(404, portal.get(page).statusCode(), "taken down");
        assertTrue(publisher.get(API + "/items/" + id + "/transitions?site=" + SITE).body()
                .contains("Thông tin cần cập nhật"));
    }

    /** The 3-level rating: a plain form POST, one vote per visitor and day, counts for staff. */
    private void visitorsRateThePage(String id, String page, SessionClient staff) throws Exception {
        assertTrue(portal.get(page).body().contains("name=\"level\" value=\"3\">Rất hài lòng</button>"));
        byte[] vote = "level=3".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String action = API + "/public/items/" + id + "/rating?site=" + SITE;
        HttpResponse<String> first = portal.adminPost(action, "application/x-www-form-urlencoded", vote);
        assertEquals(303, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith(page + "?danh-gia=cam-on"));
        portal.adminPost(action, "application/x-www-form-urlencoded", vote);
        assertTrue(portal.get(page + "?danh-gia=cam-on").body().contains("Cảm ơn bạn đã đánh giá."));
        String counts = staff.get(API + "/items/" + id + "/ratings?site=" + SITE).body();
        assertTrue(counts.contains("\"Rất hài lòng\":1") && counts.contains("\"Chưa hài lòng\":0"),
                "counted once per visitor: " + counts);
        assertProblem(portal.adminPost(action, "application/x-www-form-urlencoded",
                "level=7".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 400);
        // a signed-in visitor's page carries the session's token in the form's address (never an
        // anonymous one's, which may be cached), so the plain form works for them too
        assertFalse(portal.get(page).body().contains("_csrf="), "no token in an anonymous page");
        String signedInPage = staff.get(page).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("action=\"([^\"]*/rating\\?[^\"]*_csrf=[^\"]*)\"")
                .matcher(signedInPage);
        assertTrue(m.find(), "the signed-in page's rating form carries the token");
        assertEquals(403, staff.form(action, "level=2").statusCode(), "without the token the session is refused");
        assertEquals(303, staff.form(m.group(1).replace("&amp;", "&"), "level=2").statusCode(), "with it, accepted");
    }

    private void listingsFeedsAndTheSitemapShowIt(String title, String page) throws Exception {
        String site = "/s/" + SITE + "/";
        assertTrue(portal.get(site + "tin-tuc").body().contains(">" + title + "</a>"), "the articles listing");
        HttpResponse<String> rss = portal.get(site + "rss.xml");
        assertTrue(rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        assertTrue(rss.body().contains("<title>" + title + "</title>") && rss.body().startsWith("<?xml"), rss.body());
        HttpResponse<String> atom = portal.get(site + "tin-tuc/atom.xml");
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(atom.body().contains("<title>" + title + "</title>"), atom.body());
        HttpResponse<String> sitemap = portal.get(site + "sitemap.xml");
        assertTrue(sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(sitemap.body().contains("<loc>http://localhost:" + portal.port + page + "</loc><lastmod>"),
                sitemap.body());
        assertTrue(sitemap.body().contains("<loc>http://localhost:" + portal.port + site + "en/introduction</loc>"));
    }

    /** The second anonymous view is a cache hit with validators; a signed-in editor always renders afresh. */
    private void pagesAreCachedForAnonymousVisitorsOnly(String page, SessionClient editor) throws Exception {
        portal.get(page);
        HttpResponse<String> hit = portal.get(page);
        assertEquals("HIT", hit.headers().firstValue("X-Cache").orElse(""), "the second view comes from the cache");
        assertTrue(hit.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
        assertTrue(hit.headers().firstValue("Last-Modified").isPresent());
        String etag = hit.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + portal.port + page)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, notModified.statusCode());
        HttpResponse<String> signedIn = editor.get(page);
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("X-Cache").isEmpty(), "never from the cache when signed in");
        assertEquals("private, no-store", signedIn.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(hit.headers().firstValue("Set-Cookie").isEmpty(), "no session for anonymous visitors");
    }

    /** Publishes an item as the administrator through the default workflow. */
    String publishAsAdmin(String json) throws Exception {
        HttpResponse<String> created = portal.adminSend("POST", API + "/items?site=" + SITE, json);
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        for (String action : new String[] {"submit", "approve", "publish"}) {
            HttpResponse<String> r = portal.adminSend("POST", API + "/items/" + id + "/transitions?site=" + SITE,
                    "{\"action\":\"" + action + "\"}");
            assertEquals(200, r.statusCode(), r.body());
        }
        return id;
    }

    /**
     * The demo seed (sites/demo/content) fills every demo site with published sample items on the
     * first start, through the content service: pages, listings, the document search, files,
     * translations and syndication all work on them. Counts are the seed's business; the test
     * names a few items the README promises.
     */
    void theDemoContentIsLoadedOnFirstStart() throws Exception {
        for (String site : new String[] {"tinh", "so-noi-vu", "so-tai-chinh", "so-khcn", "so-xay-dung", "van-phong-ubnd",
                "xa-binh-minh", "phuong-hoa-an", "xa-son-thuy", "phuong-dong-tien"}) {
            // other steps add items of their own; the sample ones are those by the user "system"
            String items = portal.adminGet(API + "/items?site=" + site + "&status=published&size=100").body();
            assertTrue(count(items, "\"author\":\"system\"") >= 10 && items.contains("(mẫu)"),
                    site + " has published sample items: " + items);
        }
        String home = portal.get("/").body();
        assertTrue(home.contains("Tin nổi bật") && home.contains("/api/v1/content/public/media/"),
                "the province home features articles with their pictures");
        assertTrue(home.contains("Văn bản mới") && home.contains("15/2026/QĐ-UBND"), "and lists new documents");
        assertTrue(home.contains("Tin từ các sở, ngành, địa phương"), "and news from the sites below");

        HttpResponse<String> doc = portal.get("/van-ban/quyet-dinh-15-2026-qd-ubnd");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("Ủy ban nhân dân tỉnh Hòa An (mẫu)") && doc.body().contains("15/2026/QĐ-UBND"),
                "the document shows its number and its issuer by name");
        java.util.regex.Matcher file = java.util.regex.Pattern.compile("/api/v1/content/public/media/[A-Za-z0-9-]+\\?site=tinh")
                .matcher(doc.body());
        assertTrue(file.find(), "the document links its file");
        assertTrue(portal.get(file.group()).body().startsWith("%PDF"), "which is the sample PDF");
        assertTrue(doc.body().contains("en/van-ban/decision-15-2026-qd-ubnd\" lang=\"en\""),
                "the English translation is linked");
        assertEquals(200, portal.get("/s/tinh/en/van-ban/decision-15-2026-qd-ubnd").statusCode());

        String list = "/van-ban?";
        assertFound(list + "so=" + enc("15/2026/QĐ-UBND"), "Quyết định số 15/2026/QĐ-UBND", "Kế hoạch số 120/KH-UBND");
        assertFound(list + "loai=KH&nam=2025", "Kế hoạch số 120/KH-UBND", "Quyết định số 15/2026/QĐ-UBND");
        assertFound("/s/so-noi-vu/van-ban?co-quan=H99.01", "Kế hoạch số 120/KH-SNV", "15/2026/QĐ-UBND");

        assertEquals(200, portal.get("/s/xa-binh-minh/thu-tuc/dang-ky-khai-sinh").statusCode(), "a procedure page");
        assertEquals(200, portal.get("/s/so-noi-vu/lanh-dao/giam-doc-so").statusCode(), "a leader's profile");
        String commune = portal.get("/s/xa-son-thuy/").body();
        assertTrue(commune.contains("Thông báo của cấp trên")
                && commune.contains("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 12/2026 (mẫu)"),
                "the province's mandatory notice is pushed to every site below");
    }

    /** How many items of the site have this exact title (a restart must not load the seed again). */
    int itemsTitled(String site, String title) throws Exception {
        String body = portal.adminGet(API + "/items?site=" + site + "&size=100&q=" + enc(title)).body();
        return count(body, "\"title\":\"" + title + "\"");
    }

    void legalDocumentsAreFoundByNumberIssuerFormYearAndSector() throws Exception {
        String pdf = field(portal.adminPost(API + "/media?site=" + SITE, "application/pdf",
                "%PDF-1.7\n%mẫu\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body(), "id");
        String tag = UUID.randomUUID().toString().substring(0, 4);
        publishAsAdmin("{\"type\":\"legal-document\",\"title\":\"Quyết định ban hành quy chế " + tag + "\",\"fields\":"
                + "{\"form\":\"QĐ\",\"number\":\"12" + tag + "/QĐ-UBND\",\"issuer\":\"H99\",\"issueDate\":\"2026-03-02\","
                + "\"abstract\":\"Ban hành quy chế làm việc\",\"file\":\"" + pdf + "\",\"sector\":\"HOTICH\"}}");
        publishAsAdmin("{\"type\":\"legal-document\",\"title\":\"Nghị quyết về đất đai " + tag + "\",\"fields\":"
                + "{\"form\":\"NQ\",\"number\":\"05" + tag + "/NQ-HĐND\",\"issuer\":\"H99.01\",\"issueDate\":"
                + "\"2025-12-01\",\"abstract\":\"Về giá đất\",\"file\":\"" + pdf + "\",\"sector\":\"DATDAI\"}}");
        String list = "/s/" + SITE + "/van-ban?";
        String first = "Quyết định ban hành quy chế " + tag;
        String second = "Nghị quyết về đất đai " + tag;
        assertFound(list + "so=12" + tag, first, second);
        assertFound(list + "so=" + java.net.URLEncoder.encode("nq-hđnd", java.nio.charset.StandardCharsets.UTF_8)
                + "&nam=2025", second, first);
        assertFound(list + "loai=" + java.net.URLEncoder.encode("QĐ", java.nio.charset.StandardCharsets.UTF_8), first, second);
        assertFound(list + "co-quan=H99.01", second, first);
        assertFound(list + "linh-vuc=HOTICH&nam=2026", first, second);
        String form = portal.get(list).body();
        assertTrue(form.contains("<label for=\"q-so\">") && form.contains("<option value=\"NQ\">Nghị quyết</option>"),
                "a labelled search form with the catalog's document types");
        assertEquals(200, portal.get(list + "nam=abc&so=%3Cscript%3E").statusCode(), "odd input is just no match");
    }

    private void assertFound(String url, String expected, String notExpected) throws Exception {
        String body = portal.get(url).body();
        assertTrue(body.contains(expected), url + " should list " + expected);
        assertFalse(body.contains(notExpected), url + " should not list " + notExpected);
    }

    void itemsAreProposedUpwardsPushedDownwardsAndAggregated() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String title = "Sở Nội vụ tuyển dụng công chức năm 2026 " + tag;
        String id = publishAsAdmin("{\"type\":\"article\",\"title\":\"" + title + "\",\"fields\":{\"body\":"
                + "\"<p>Thông báo tuyển dụng.</p>\"}}");
        String slug = field(portal.adminGet(item(id)).body(), "slug");
        String own = "http://localhost:" + portal.port + "/s/" + SITE + "/tin-tuc/" + slug;
        assertTrue(portal.get("/").body().contains(title), "the province home aggregates its children's news");
        assertFalse(portal.get("/tin-tuc").body().contains(title), "not in the province's own list before acceptance");

        HttpResponse<String> proposed = portal.adminSend("POST", API + "/items/" + id + "/syndications?site=" + SITE,
                "{\"action\":\"propose\",\"comment\":\"Đề nghị đăng lên cổng tỉnh\"}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        assertTrue(proposed.body().contains("\"target\":\"tinh\"") && proposed.body().contains("\"status\":\"PROPOSED\""));
        String proposal = field(proposed.body(), "id");
        SessionClient departmentPublisher = userWithRole("xuatban", "publisher");
        assertProblem(departmentPublisher.write("POST", API + "/syndications/" + proposal + "/decision?site=tinh",
                "{\"accept\":true}"), 403);
        assertTrue(portal.adminGet(API + "/syndications?site=tinh&status=PROPOSED").body().contains(title));
        HttpResponse<String> accepted = portal.adminSend("POST", API + "/syndications/" + proposal + "/decision?site=tinh",
                "{\"accept\":true}");
        assertTrue(accepted.body().contains("\"status\":\"ACCEPTED\""), accepted.body());
        String list = portal.get("/tin-tuc").body();
        assertTrue(list.contains(title) && list.contains("href=\"" + own + "\""),
                "now in the province's list, linking to the original");
        String shown = portal.get("/tin-tuc/" + slug).body();
        assertTrue(shown.contains("<link rel=\"canonical\" href=\"" + own + "\">"), "canonical link to the original");

        String notice = "Lịch mất điện toàn tỉnh ngày 30/11 " + tag;
        HttpResponse<String> created = portal.adminSend("POST", API + "/items?site=tinh", "{\"type\":\"announcement\","
                + "\"title\":\"" + notice + "\",\"fields\":{\"body\":\"<p>Các xã lưu ý.</p>\"}}");
        String noticeId = field(created.body(), "id");
        for (String action : new String[] {"submit", "approve", "publish"}) {
            portal.adminSend("POST", API + "/items/" + noticeId + "/transitions?site=tinh", "{\"action\":\"" + action + "\"}");
        }
        assertFalse(portal.get("/s/xa-binh-minh/").body().contains(notice));
        assertProblem(portal.adminSend("POST", API + "/items/" + noticeId + "/syndications?site=tinh",
                "{\"action\":\"push\",\"targets\":[\"khong-co\"]}"), 400);
        HttpResponse<String> pushed = portal.adminSend("POST", API + "/items/" + noticeId + "/syndications?site=tinh",
                "{\"action\":\"push\",\"targets\":[\"xa-binh-minh\"],\"mandatory\":true}");
        assertEquals(201, pushed.statusCode(), pushed.body());
        String commune = portal.get("/s/xa-binh-minh/").body();
        assertTrue(commune.contains("Thông báo của cấp trên") && commune.contains(notice), "shown at once on the commune");
        assertFalse(portal.get("/s/phuong-hoa-an/").body().contains(notice), "only where it was pushed");
        String where = portal.adminGet(API + "/items/" + noticeId + "/syndications?site=tinh").body();
        assertTrue(where.contains("\"target\":\"xa-binh-minh\"") && where.contains("\"mandatory\":true"), where);
    }

    void theHomeFeaturesItemsPagesShowRelatedItemsAndTheirTranslation() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String featured = "Hướng dẫn đăng ký khai sinh trực tuyến " + tag;
        String relatedTitle = "Đăng ký kết hôn: những điều cần biết " + tag;
        String a = publishAsAdmin("{\"type\":\"article\",\"title\":\"" + featured + "\",\"summary\":\"Ba bước đơn giản.\","
                + "\"fields\":{\"body\":\"<p>Nội dung.</p>\",\"sector\":\"HOTICH\",\"featured\":true}}");
        String b = publishAsAdmin("{\"type\":\"article\",\"title\":\"" + relatedTitle + "\",\"fields\":{\"body\":"
                + "\"<p>Nội dung.</p>\",\"sector\":\"HOTICH\"}}");
        publishAsAdmin("{\"type\":\"procedure-page\",\"title\":\"Đăng ký khai sinh " + tag + "\",\"fields\":{\"procedure\":"
                + "\"1.000001.000.00.00.H99\",\"steps\":\"<p>Nộp hồ sơ trực tuyến.</p>\"}}");
        String home = portal.get("/s/" + SITE + "/").body();
        assertTrue(home.contains("Tin nổi bật") && home.contains(featured), "featured on the home page");
        assertTrue(home.contains("Dịch vụ công trực tuyến") && home.contains("Đăng ký khai sinh " + tag), "quick links");

        String pageA = "/s/" + SITE + "/tin-tuc/" + field(portal.adminGet(item(a)).body(), "slug");
        assertTrue(portal.get(pageA).body().contains(relatedTitle), "related items share the sector");
        portal.adminSend("POST", API + "/items/" + b + "/transitions?site=" + SITE, "{\"action\":\"unpublish\","
                + "\"comment\":\"Gỡ\"}");
        assertFalse(portal.get(pageA).body().contains(relatedTitle), "an unpublished related item leaves the page at once");

        HttpResponse<String> en = portal.adminSend("POST", API + "/items/" + a + "/translations?site=" + SITE,
                "{\"locale\":\"en\"}");
        String enId = field(en.body(), "id");
        HttpResponse<String> renamed = portal.adminSend("PUT", item(enId), "{\"title\":\"Registering a birth online "
                + tag + "\",\"version\":" + number(en.body(), "version") + ",\"fields\":{\"body\":\"<p>Three steps.</p>\"}}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        for (String action : new String[] {"submit", "approve", "publish"}) {
            portal.adminSend("POST", API + "/items/" + enId + "/transitions?site=" + SITE, "{\"action\":\"" + action + "\"}");
        }
        String enUrl = "http://localhost:" + portal.port + "/s/" + SITE + "/en/tin-tuc/registering-a-birth-online-" + tag;
        assertEquals(200, portal.get(enUrl.substring(enUrl.indexOf("/s/"))).statusCode());
        assertTrue(portal.get(pageA).body().contains("href=\"" + enUrl + "\" lang=\"en\""),
                "the language switch leads to the English version");
    }

    void categoriesHaveTheirPagesAndFeeds() throws Exception {
        HttpResponse<String> category = portal.adminSend("PUT", API + "/categories/cai-cach-hanh-chinh?site=" + SITE,
                "{\"nameVi\":\"Cải cách hành chính\",\"nameEn\":\"Administrative reform\"}");
        assertEquals(200, category.statusCode(), category.body());
        assertTrue(portal.get(API + "/categories?site=" + SITE).body().contains("\"slug\":\"cai-cach-hanh-chinh\""));
        HttpResponse<String> unknown = portal.adminSend("POST", API + "/items?site=" + SITE, "{\"type\":\"article\","
                + "\"title\":\"Sai chuyên mục\",\"categories\":[\"khong-co\"],\"fields\":{\"body\":\"<p>x</p>\"}}");
        assertProblem(unknown, 400);
        assertTrue(unknown.body().contains("\"categories\""), unknown.body());
        String title = "Rút ngắn thời gian giải quyết thủ tục " + UUID.randomUUID().toString().substring(0, 4);
        String id = publishAsAdmin("{\"type\":\"article\",\"title\":\"" + title + "\",\"categories\":[\"cai-cach-hanh-chinh\"],"
                + "\"fields\":{\"body\":\"<p>Nội dung.</p>\"}}");
        // the item's page names its category; renamed, the cached page (and the remembered categories) follow
        String itemPage = "/s/" + SITE + "/tin-tuc/" + field(portal.adminGet(item(id)).body(), "slug");
        assertTrue(portal.get(itemPage).body().contains(">Cải cách hành chính</a>"));
        assertEquals(200, portal.adminSend("PUT", API + "/categories/cai-cach-hanh-chinh?site=" + SITE,
                "{\"nameVi\":\"Cải cách hành chính công\",\"nameEn\":\"Administrative reform\"}").statusCode());
        assertTrue(portal.get(itemPage).body().contains(">Cải cách hành chính công</a>"), "the renamed category shows at once");
        assertEquals(200, portal.adminSend("PUT", API + "/categories/cai-cach-hanh-chinh?site=" + SITE,
                "{\"nameVi\":\"Cải cách hành chính\",\"nameEn\":\"Administrative reform\"}").statusCode());
        String page = portal.get("/s/" + SITE + "/chuyen-muc/cai-cach-hanh-chinh").body();
        assertTrue(page.contains("Cải cách hành chính") && page.contains(title), "the category's page lists it");
        assertTrue(portal.get("/s/" + SITE + "/chuyen-muc/cai-cach-hanh-chinh/rss.xml").body()
                .contains("<title>" + title + "</title>"), "and its feed");
        assertEquals(404, portal.get("/s/" + SITE + "/chuyen-muc/khong-co").statusCode());
        assertTrue(portal.get("/s/" + SITE + "/sitemap.xml").body().contains("/chuyen-muc/cai-cach-hanh-chinh</loc>"));
    }

    HttpResponse<String> form(String path, String body) throws Exception {
        return portal.postForm(path, "application/x-www-form-urlencoded", body);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    void citizensAskQuestionsAndCommentOnDrafts() throws Exception {
        String qa = "/s/" + SITE + "/hoi-dap";
        String question = "Tôi cần giấy tờ gì để đăng ký khai sinh cho con? " + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> asked = form(API + "/public/questions?site=" + SITE, "name=" + enc("Nguyễn Thị Dân")
                + "&email=dan%40example.vn&question=" + enc(question) + "&website=");
        assertEquals(303, asked.statusCode(), asked.body());
        assertTrue(asked.headers().firstValue("Location").orElse("").endsWith(qa + "?da-gui=1"));
        assertTrue(portal.get(qa + "?da-gui=1").body().contains("Câu hỏi của bạn đã được gửi"));
        HttpResponse<String> noName = form(API + "/public/questions?site=" + SITE, "question=" + enc("Câu hỏi"));
        assertTrue(noName.headers().firstValue("Location").orElse("").endsWith("?loi=name"));
        assertTrue(portal.get(qa + "?loi=name").body().contains("Hãy nhập họ tên."));
        assertFalse(portal.get(qa).body().contains(question), "not public before staff answer it");

        String drafts = portal.adminGet(API + "/items?site=" + SITE + "&type=question&status=draft").body();
        assertTrue(drafts.contains(question) && drafts.contains("\"author\":\"citizen\""), drafts);
        String id = field(drafts.substring(drafts.indexOf("\"id\"", drafts.lastIndexOf("{", drafts.indexOf(question)))), "id");
        HttpResponse<String> current = portal.adminGet(item(id));
        HttpResponse<String> answered = portal.adminSend("PUT", item(id), "{\"title\":\"" + question + "\",\"version\":"
                + number(current.body(), "version") + ",\"fields\":{\"askerName\":\"Nguyễn Thị Dân\","
                + "\"askerEmail\":\"dan@example.vn\",\"question\":\""
                + question + "\",\"answer\":\"<p>Giấy chứng sinh và giấy tờ tùy thân của cha, mẹ.</p>\","
                + "\"answeredBy\":\"Sở Tư pháp (mẫu)\",\"qaStatus\":\"answered\"}}");
        assertEquals(200, answered.statusCode(), answered.body());
        for (String action : new String[] {"submit", "approve", "publish"}) {
            portal.adminSend("POST", API + "/items/" + id + "/transitions?site=" + SITE, "{\"action\":\"" + action + "\"}");
        }
        assertTrue(portal.get(qa).body().contains(question), "answered questions are listed");
        String publicCopy = portal.get(API + "/public/items?site=" + SITE + "&type=question").body();
        assertTrue(publicCopy.contains("Giấy chứng sinh"), "the answer is public");
        assertFalse(publicCopy.contains("dan@example.vn"), "the asker's e-mail never is");
        String slug = field(portal.adminGet(item(id)).body(), "slug");
        assertFalse(portal.get(qa + "/" + slug).body().contains("dan@example.vn"));

        String until = java.time.LocalDate.now().plusDays(10).toString();
        String pdf = field(portal.adminPost(API + "/media?site=" + SITE, "application/pdf",
                "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body(), "id");
        String draft = publishAsAdmin("{\"type\":\"draft-document\",\"title\":\"Dự thảo quy định về phí đỗ xe\","
                + "\"fields\":{\"issuer\":\"H99.04\",\"body\":\"<p>Mời góp ý.</p>\",\"file\":\"" + pdf + "\","
                + "\"commentsOpenUntil\":\"" + until + "\"}}");
        String page = "/s/" + SITE + "/du-thao/" + field(portal.adminGet(item(draft)).body(), "slug");
        assertTrue(portal.get(page).body().contains("<label for=\"f-body\">"), "a labelled comment form");
        String opinion = "Đề nghị miễn phí cho người khuyết tật";
        HttpResponse<String> sent = form(API + "/public/items/" + draft + "/comments?site=" + SITE,
                "name=" + enc("Trần Văn Góp") + "&body=" + enc(opinion));
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith(page + "?da-gui=1"), sent.body());
        assertFalse(portal.get(page).body().contains(opinion), "held until approved");
        String pending = portal.adminGet(API + "/items/" + draft + "/comments?site=" + SITE + "&status=PENDING").body();
        assertTrue(pending.contains(opinion), pending);
        HttpResponse<String> approved = portal.adminSend("POST", API + "/comments/" + field(pending, "id")
                + "/decision?site=" + SITE, "{\"approve\":true}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(portal.get(page).body().contains(opinion), "shown once approved");

        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = form(API + "/public/items/" + draft + "/comments?site=" + SITE, "name=X&body=" + enc("Ý kiến " + i));
        }
        assertTrue(last.headers().firstValue("Location").orElse("").endsWith("?loi=nhieu-lan"),
                "five submissions an hour from one address: " + last.headers().firstValue("Location"));
    }

    void publishedImagesComeInResizedVariants() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1600, 800,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        String image = field(portal.adminPost(API + "/media?site=" + SITE, "image/png", png.toByteArray()).body(), "id");
        String id = publishAsAdmin("{\"type\":\"article\",\"title\":\"Ảnh lớn " + UUID.randomUUID().toString()
                .substring(0, 4) + "\",\"fields\":{\"body\":\"<p>x</p>\",\"featuredImage\":\"" + image
                + "\",\"featuredImageAlt\":\"Ảnh lớn\"}}");
        String page = portal.get("/s/" + SITE + "/tin-tuc/" + field(portal.adminGet(item(id)).body(), "slug")).body();
        assertTrue(page.contains("&amp;w=320 320w") && page.contains("&amp;w=1280 1280w"), "srcset with three widths");
        for (int w : new int[] {320, 640}) {
            java.net.http.HttpResponse<byte[]> variant = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + portal.port + API
                            + "/public/media/" + image + "?site=" + SITE + "&w=" + w)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, variant.statusCode());
            assertEquals(w, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(variant.body())).getWidth());
        }
    }

    void uploadsAreCheckedByContentAndBadInputIsExplained() throws Exception {
        byte[] exe = "MZ\u0090\u0000 not an image".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<String> disguised = portal.adminPost(API + "/media?site=" + SITE, "image/png", exe);
        assertProblem(disguised, 415);
        HttpResponse<String> missing = portal.adminSend("POST", API + "/items?site=" + SITE,
                "{\"type\":\"legal-document\",\"title\":\"Quyết định\",\"fields\":{\"form\":\"XX\",\"issueDate\":\"2/3/2026\"}}");
        assertProblem(missing, 400);
        for (String f : new String[] {"fields.form", "fields.issueDate", "fields.number", "fields.issuer", "fields.file"}) {
            assertTrue(missing.body().contains("\"" + f + "\""), f + " in " + missing.body());
        }
        assertProblem(portal.adminSend("POST", API + "/items?site=" + SITE, "{\"type\":\"khong-co\",\"title\":\"x\"}"), 400);
    }

    static int number(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Integer.parseInt(m.group(1));
    }

    /**
     * The media library: uploads (multipart with a Vietnamese name, or the bytes) are listed newest
     * first and found without diacritics; a file is described, reused by an item (its description
     * too) and put into rich text with srcset; it cannot be deleted while used; other sites' staff
     * and anonymous callers get nothing.
     */
    void theMediaLibraryKeepsFindsAndProtectsFiles() throws Exception {
        SessionClient editor = userWithRole("thuvien", "editor");
        SessionClient elsewhere = identity.signedInUser("khac-" + UUID.randomUUID().toString().substring(0, 6),
                "Trang-Khac-2026!");
        identity.grant(field(elsewhere.get("/api/v1/auth/me").body(), "id"), "editor", "so-tai-chinh");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String media = API + "/media?site=" + SITE;

        // a picture with a Vietnamese name typed decomposed (NFD), its title in the form
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 400,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        String name = java.text.Normalizer.normalize("Ảnh hội nghị " + tag + ".png", java.text.Normalizer.Form.NFD);
        HttpResponse<String> up = editor.post(media, MULTIPART, multipart(name, png.toByteArray(),
                "Hội nghị tổng kết " + tag));
        assertEquals(201, up.statusCode(), up.body());
        String image = field(up.body(), "id");
        assertTrue(up.body().contains("\"kind\":\"image\"") && up.body().contains("\"width\":800")
                && up.body().contains("\"height\":400") && up.body().contains("\"mediaType\":\"image/png\""), up.body());
        assertEquals("Ảnh hội nghị " + tag + ".png", field(up.body(), "fileName"), "the name in NFC");
        HttpResponse<String> pdf = editor.post(media + "&name=" + enc("Quyết định " + tag + ".pdf"), "application/pdf",
                "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(201, pdf.statusCode(), pdf.body());
        String document = field(pdf.body(), "id");

        // checked by content, whatever the name or type says
        assertProblem(editor.post(media, MULTIPART, multipart("anh.png", "MZ not a picture".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), null)), 415);
        // a picture just over the 20 MB limit: read whole (the multipart allowance), then refused
        byte[] large = java.util.Arrays.copyOf(PNG, 20 * 1024 * 1024 + 10);
        HttpResponse<String> tooLarge = editor.post(media, MULTIPART, multipart("lon.png", large, null));
        assertProblem(tooLarge, 413);
        assertTrue(tooLarge.body().contains("\"file\""), tooLarge.body());
        assertProblem(editor.post(media, MULTIPART, "--x\r\nnot closed".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                400);

        // listed newest first, by kind, found without diacritics
        String all = editor.get(media + "&size=2").body();
        assertTrue(all.indexOf(document) >= 0 && all.indexOf(document) < all.indexOf(image), "newest first: " + all);
        String found = editor.get(media + "&q=" + enc("hoi nghi tong ket " + tag)).body();
        assertTrue(found.contains(image) && !found.contains(document), found);
        String documents = editor.get(media + "&kind=document&q=" + enc("quyet dinh " + tag)).body();
        assertTrue(documents.contains(document) && !documents.contains(image), documents);
        assertEquals("[]", editor.get(media + "&kind=image&q=" + enc("quyet dinh " + tag)).body());
        assertProblem(editor.get(media + "&kind=video"), 400);

        // described, then reused: the item takes the library's description
        HttpResponse<String> described = editor.write("PATCH", API + "/media/" + image + "?site=" + SITE,
                "{\"alt\":\"Toàn cảnh hội nghị tổng kết\"}");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.body().contains("\"title\":\"Hội nghị tổng kết " + tag + "\""), "PATCH keeps the title");
        String body = "<p>Mở đầu.</p><p><img src=\\\"/api/v1/content/media/" + image + "?site=" + SITE
                + "&amp;w=640\\\" alt=\\\"Đại biểu dự hội nghị\\\"></p>";
        HttpResponse<String> noAlt = editor.write("POST", API + "/items?site=" + SITE, "{\"type\":\"article\",\"title\":"
                + "\"Thiếu mô tả " + tag + "\",\"fields\":{\"body\":\"<p><img src=\\\"/api/v1/content/media/" + image
                + "?site=" + SITE + "\\\"></p>\"}}");
        assertProblem(noAlt, 400);
        assertTrue(noAlt.body().contains("needs a description"), noAlt.body());
        String title = "Tổng kết năm " + tag;
        HttpResponse<String> created = editor.write("POST", API + "/items?site=" + SITE, "{\"type\":\"article\","
                + "\"title\":\"" + title + "\",\"fields\":{\"body\":\"" + body + "\",\"featuredImage\":\"" + image
                + "\"}}");
        assertEquals(201, created.statusCode(), created.body());
        String item = field(created.body(), "id");
        assertTrue(created.body().contains("\"featuredImageAlt\":\"Toàn cảnh hội nghị tổng kết\""), created.body());
        assertTrue(created.body().contains("/api/v1/content/public/media/" + image), "stored with the public address");

        // another site's staff can neither see the library nor use its files
        assertProblem(elsewhere.get(media), 403);
        assertProblem(elsewhere.post(media, "image/png", PNG), 403);
        assertProblem(elsewhere.get(API + "/media/" + image + "/usage?site=" + SITE), 403);
        assertProblem(elsewhere.get(API + "/media/" + image + "?site=so-tai-chinh"), 404);
        HttpResponse<String> stolen = elsewhere.write("POST", API + "/items?site=so-tai-chinh", "{\"type\":\"article\","
                + "\"title\":\"Mượn ảnh\",\"fields\":{\"body\":\"<p>x</p>\",\"featuredImage\":\"" + image
                + "\",\"featuredImageAlt\":\"A\"}}");
        assertProblem(stolen, 400);
        assertTrue(stolen.body().contains("another site's media library"), stolen.body());
        assertProblem(portal.get(media), 401);

        // in use: where, and not deletable
        String usage = editor.get(API + "/media/" + image + "/usage?site=" + SITE).body();
        assertTrue(usage.contains("\"id\":\"" + item + "\"") && usage.contains(title), usage);
        HttpResponse<String> refused = editor.send("DELETE", API + "/media/" + image + "?site=" + SITE, null, true);
        assertProblem(refused, 409);
        assertTrue(refused.body().contains("\"usedBy\":[") && refused.body().contains(item), refused.body());

        // published: the body's image comes in three widths and is public
        for (String action : new String[] {"submit", "approve", "publish"}) {
            portal.adminSend("POST", API + "/items/" + item + "/transitions?site=" + SITE, "{\"action\":\"" + action + "\"}");
        }
        String page = portal.get("/s/" + SITE + "/tin-tuc/" + field(created.body(), "slug")).body();
        assertTrue(page.contains("srcset=\"/api/v1/content/public/media/" + image + "?site=" + SITE + "&amp;w=320 320w")
                && page.contains("alt=\"Đại biểu dự hội nghị\""), page);
        assertEquals(200, portal.get(API + "/public/media/" + image + "?site=" + SITE + "&w=320").statusCode());

        // an unused file goes, with its bytes
        assertEquals(204, editor.send("DELETE", API + "/media/" + document + "?site=" + SITE, null, true).statusCode());
        assertEquals(404, editor.get(API + "/media/" + document + "?site=" + SITE).statusCode());
        assertFalse(editor.get(media + "&kind=document").body().contains(document));
    }

    static final String BOUNDARY = "----PortalTestBoundary7MA4YWxkTrZu0gW";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** A browser-like multipart body: the file, and its title when given. */
    static byte[] multipart(String fileName, byte[] file, String title) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        if (title != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title
                    + "\r\n").getBytes(utf8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(utf8));
        return out.toByteArray();
    }
}
