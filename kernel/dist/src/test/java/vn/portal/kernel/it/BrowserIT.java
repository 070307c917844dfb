package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Pages as a person sees them, in a real headless Chromium. Screenshots land in
 * kernel/dist/target/screenshots for a human to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final Path SHOTS = Paths.get("target/screenshots");
    /** The administrator's password after the forced change of the first sign-in test. */
    static final String CHOSEN = "Mat-Khau-Moi-2026!";
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        // no PORTAL_ADMIN_PASSWORD: the first start generates one, prints it once, and forces a change
        portal = new PortalProcess(Files.createTempDirectory("portal-it-browser")).env("PORTAL_ADMIN_PASSWORD", "");
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        portal.close();
    }

    String url(String path) {
        return "http://localhost:" + portal.port + path;
    }

    @Test
    void homePageOnDesktopAndPhoneAndTheLanguageSwitch() throws Exception {
        try (Browser desktop = new Browser(1280, 900)) {
            desktop.open(url("/"));
            String page = desktop.waitFor("Cổng thông tin thành phần", Duration.ofSeconds(10));
            assertTrue(page.contains("Ủy ban nhân dân tỉnh Hòa An"));
            assertTrue(Files.size(desktop.screenshot(SHOTS.resolve("home-vi-1280.png"))) > 10_000);
            desktop.click("a[hreflang='en']");
            desktop.waitFor("lang=\"en\"", Duration.ofSeconds(10));
            assertTrue(desktop.url().endsWith("/en/"), desktop.url());
            desktop.screenshot(SHOTS.resolve("home-en-1280.png"));
            desktop.open(url("/s/so-noi-vu/khong-co"));
            desktop.waitFor("Không tìm thấy trang", Duration.ofSeconds(10));
            desktop.screenshot(SHOTS.resolve("not-found-vi-1280.png"));
        }
        try (Browser phone = new Browser(375, 800)) {
            // Chromium's window is at least 500 px wide: emulate the phone's 375 px
            phone.viewport(375, 800);
            phone.open(url("/so-do-cong"));
            phone.waitFor("Sở Nội vụ", Duration.ofSeconds(10));
            phone.screenshot(SHOTS.resolve("sitemap-vi-375.png"));
        }
    }

    @Test
    @Order(1)
    void firstSignInForcesAPasswordChangeThenTheAdminShellManagesSitesAndPlugins() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("password: (\\S+)").matcher(portal.log());
        assertTrue(m.find(), "the generated password is printed once in the log");
        String generated = m.group(1);
        String chosen = CHOSEN;
        try (Browser b = new Browser(1280, 900)) {
            b.open(url("/admin"));
            b.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
            b.type("[id='loginForm:username']", "admin");
            b.type("[id='loginForm:password']", "sai-mat-khau");
            b.click("[id='loginForm:signIn']");
            b.waitFor("Tên đăng nhập hoặc mật khẩu không đúng", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-login-failed.png"));

            b.type("[id='loginForm:username']", "admin");
            b.type("[id='loginForm:password']", generated);
            b.click("[id='loginForm:signIn']");
            b.waitFor("bạn cần đặt mật khẩu mới", Duration.ofSeconds(15));
            b.open(url("/admin/sites.xhtml"));
            b.waitFor("bạn cần đặt mật khẩu mới", Duration.ofSeconds(10));
            assertTrue(b.url().contains("change-password"), "nothing else until the password is changed: " + b.url());
            b.type("[id='pwForm:current']", generated);
            b.type("[id='pwForm:next']", "ngan");
            b.type("[id='pwForm:repeat']", "ngan");
            b.click("[id='pwForm:save']");
            b.waitFor("Mật khẩu mới chưa đạt yêu cầu", Duration.ofSeconds(10));
            b.type("[id='pwForm:current']", generated);
            b.type("[id='pwForm:next']", chosen);
            b.type("[id='pwForm:repeat']", chosen);
            b.click("[id='pwForm:save']");
            String dashboard = b.waitFor("Hàng đợi sự kiện", Duration.ofSeconds(15));
            assertTrue(dashboard.contains("Thông báo trên trang"), "the notice plugin's page is in the menu");
            b.screenshot(SHOTS.resolve("admin-dashboard.png"));

            b.open(url("/admin/sites.xhtml"));
            b.waitFor("Sở Nội vụ (mẫu)", Duration.ofSeconds(15));
            b.click("[id='treeForm:create']");
            b.type("[id='siteForm:key']", "so-moi");
            b.type("[id='siteForm:nameVi']", "Sở Mới");
            b.type("[id='siteForm:agencyCode_input']", "abc");
            b.click("[id='siteForm:save']");
            b.waitFor("Mã định danh cơ quan không hợp lệ", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-site-invalid.png"));
            // a code that is well formed but not in the agencies catalog is refused too
            b.type("[id='siteForm:agencyCode_input']", "H99.55");
            b.click("[id='siteForm:save']");
            b.waitFor("Mã này không có trong danh mục cơ quan", Duration.ofSeconds(10));
            // picked from the catalog by a name typed without diacritics
            b.type("[id='siteForm:agencyCode_input']", "tu phap");
            b.waitFor("Sở Tư pháp (mẫu)", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-site-agency-picker.png"));
            b.click("[id='siteForm:agencyCode_panel'] [data-item-value='H99.05']");
            Thread.sleep(300);
            b.click("[id='siteForm:save']");
            b.waitFor("so-moi", Duration.ofSeconds(10));
            assertTrue(portal.get("/api/v1/sites/so-moi").body().contains("\"agencyCode\":\"H99.05\""),
                    "the site picked in the admin is stored");

            b.open(url("/admin/plugins.xhtml"));
            b.waitFor("notice", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-plugins.png"));
        }
        assertEquals(401, portal.send("POST", "/api/v1/sites", "{}").statusCode(), "API writes still need credentials");
    }

    @Test
    void searchBoxIsInEveryHeaderAndKeyboardReachable() throws Exception {
        try (Browser b = new Browser(1280, 900)) {
            b.open(url("/s/so-tai-chinh/gioi-thieu"));
            String page = b.waitFor("Sở Tài chính", Duration.ofSeconds(10));
            assertTrue(page.contains("role=\"search\""), "search form in the header");
            assertTrue(page.contains("class=\"skip-link\""), "skip link for keyboard users");
            b.type("#site-search", "thủ tục hành chính");
            b.screenshot(SHOTS.resolve("introduction-vi-1280.png"));
        }
    }

    /** The search box of the header leads to the results page: highlights, facets, the words kept in the box. */
    @Test
    @Order(21)
    void theHeaderSearchBoxLeadsToResultsWithHighlightsAndFacets() throws Exception {
        // the article of the previous step is published on the province site
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!portal.get("/api/v1/search?site=tinh&q=t%E1%BB%95ng+k%E1%BA%BFt").body().contains("\"total\":1")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        try (Browser b = new Browser(1280, 900)) {
            b.open(url("/"));
            b.waitFor("Ủy ban nhân dân tỉnh", Duration.ofSeconds(10));
            b.type("#site-search", "tong ket cong tac");
            b.click(".search button[type=submit]");
            String page = b.waitFor("class=\"search-results\"", Duration.ofSeconds(10));
            assertTrue(b.url().contains("/tim-kiem?q=tong+ket+cong+tac"), b.url());
            assertTrue(page.contains("<mark>tổng</mark>") || page.contains("<mark>Tổng</mark>"), "highlighted words");
            assertTrue(page.contains("class=\"search-facets\"") && page.contains("Tin bài"), "facets");
            assertTrue(page.contains("value=\"tong ket cong tac\""), "the words stay in the box");
            b.screenshot(SHOTS.resolve("search-results-vi-1280.png"));
        }
    }

    // ---- identity administration (runs after the first sign-in has set CHOSEN) ----------------

    String local(String path) {
        return "http://127.0.0.1:" + portal.port + path;
    }

    @Test
    @Order(20)
    void aPublishedArticleInTheThemeOnDesktopAndPhone() throws Exception {
        String image = field(adminPost("/api/v1/content/media?site=tinh", "image/png", picture()), "id");
        String title = "Hội nghị tổng kết công tác năm 2026 của Ủy ban nhân dân tỉnh";
        String item = field(adminPost("/api/v1/content/items?site=tinh", "application/json", ("{\"type\":\"article\","
                + "\"title\":\"" + title + "\",\"summary\":\"Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết"
                + " công tác năm và triển khai nhiệm vụ năm tới.\",\"fields\":{\"body\":\"<p>Phát biểu khai mạc, Chủ tịch"
                + " Ủy ban nhân dân tỉnh nêu rõ <strong>ba nhiệm vụ trọng tâm</strong>:</p><ol><li>Cải cách thủ tục"
                + " hành chính;</li><li>Chuyển đổi số;</li><li>Thu hút đầu tư.</li></ol>\",\"featuredImage\":\"" + image
                + "\",\"featuredImageAlt\":\"Toàn cảnh hội nghị\",\"byline\":\"Phòng Thông tin (mẫu)\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "id");
        for (String action : new String[] {"submit", "approve", "publish"}) {
            adminPost("/api/v1/content/items/" + item + "/transitions?site=tinh", "application/json",
                    ("{\"action\":\"" + action + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String slug = "hoi-nghi-tong-ket-cong-tac-nam-2026-cua-uy-ban-nhan-dan-tinh";
        try (Browser desktop = new Browser(1280, 900)) {
            desktop.open(url("/"));
            desktop.waitFor(title, Duration.ofSeconds(10));
            desktop.screenshot(SHOTS.resolve("home-with-news-1280.png"));
            desktop.open(url("/tin-tuc/" + slug));
            String page = desktop.waitFor("ba nhiệm vụ trọng tâm", Duration.ofSeconds(10));
            assertTrue(page.contains("alt=\"Toàn cảnh hội nghị\""), "the image with its description");
            desktop.screenshot(SHOTS.resolve("content-article-1280.png"));
            desktop.open(url("/tin-tuc"));
            desktop.waitFor(title, Duration.ofSeconds(10));
            desktop.screenshot(SHOTS.resolve("content-listing-1280.png"));
        }
        try (Browser phone = new Browser(375, 800)) {
            // Chromium's window is at least 500 px wide: emulate the phone's 375 px
            phone.viewport(375, 800);
            phone.open(url("/tin-tuc/" + slug));
            phone.waitFor("ba nhiệm vụ trọng tâm", Duration.ofSeconds(10));
            phone.screenshot(SHOTS.resolve("content-article-375.png"));
        }
    }

    /**
     * Issue 5: an editor of so-noi-vu writes a Vietnamese article with a picture in the admin and
     * submits it; a publisher approves and publishes it; a visitor without cookies reads it. Until
     * then neither its public address nor its preview shows anything to anyone but staff.
     */
    @Test
    @Order(21)
    void anEditorWritesAnArticleInTheAdminAndAPublisherPublishesIt() throws Exception {
        EditorialFlow flow = new EditorialFlow(this);
        flow.staff("bien.tap.noi.vu", "Trần Văn Biên", "editor", "Bien-Tap-2026!Hoa-An");
        flow.staff("xuat.ban.noi.vu", "Lê Thị Duyệt", "publisher", "Xuat-Ban-2026!Hoa-An");
        Path files = Files.createTempDirectory("content-files");
        Path photo = Files.write(files.resolve("hoi-nghi.png"), picture());
        Path notAPicture = Files.writeString(files.resolve("anh-gia.png"), "Đây là chữ, không phải ảnh.");
        String page = "/s/so-noi-vu/tin-tuc/" + EditorialFlow.SLUG;
        String preview;
        try (Browser editor = new Browser(1280, 1700); Browser publisher = new Browser(1280, 1300)) {
            signIn(editor, "bien.tap.noi.vu", "Bien-Tap-2026!Hoa-An", "Biên tập nội dung");
            assertTrue(!editor.source().contains("/admin/sites.xhtml"), "an editor sees content, not site administration");
            preview = flow.write(editor, photo, notAPicture);
            assertEquals(404, portal.get(page).statusCode(), "a submitted draft has no public page");
            assertEquals(404, portal.get(preview).statusCode(), "the preview is for the site's staff only");

            signIn(publisher, "xuat.ban.noi.vu", "Xuat-Ban-2026!Hoa-An", "Biên tập nội dung");
            flow.publish(publisher);
            flow.staleSave(editor);
        }

        try (Browser visitor = new Browser(1280, 1500)) {
            visitor.open(url("/s/so-noi-vu/"));
            visitor.waitFor(EditorialFlow.TITLE, Duration.ofSeconds(10));
            visitor.screenshot(SHOTS.resolve("content-published-home.png"));
            visitor.open(url(page));
            String article = visitor.waitFor(EditorialFlow.SECOND, Duration.ofSeconds(10));
            assertTrue(article.contains("alt=\"Toàn cảnh hội nghị tập huấn\"")
                    && article.contains("/api/v1/content/public/media/"), "the picture is public now");
            assertTrue(!article.contains("Bản xem trước"), "the public page, not the preview");
            visitor.screenshot(SHOTS.resolve("content-published-page.png"));
            visitor.open(url(preview));
            visitor.waitFor("Không tìm thấy trang", Duration.ofSeconds(10));
        }
        assertEquals(404, portal.get(preview).statusCode(), "published or not, no preview for visitors");
    }

    /** A 640×320 picture: sky, hills and a building, so the screenshot shows a real image. */
    private static byte[] picture() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(640, 320,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x9fc9ea));
        g.fillRect(0, 0, 640, 320);
        g.setColor(new java.awt.Color(0x4f8a3c));
        g.fillOval(-120, 200, 520, 260);
        g.fillOval(260, 220, 520, 240);
        g.setColor(new java.awt.Color(0xf2e6c9));
        g.fillRect(230, 120, 180, 130);
        g.setColor(new java.awt.Color(0xb22222));
        g.fillPolygon(new int[] {220, 320, 420}, new int[] {125, 70, 125}, 3);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A POST as the administrator, whose password the first test changed. */
    String adminPost(String path, String type, byte[] body) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + portal.port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + CHOSEN)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", type).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, path + " → " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private static String field(String json, String name) {
        return PortalScenario.field(json, name);
    }

    void signIn(Browser b, String user, String password, String expected) throws Exception {
        b.open(local("/admin/login.xhtml"));
        b.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
        b.type("[id='loginForm:username']", user);
        b.type("[id='loginForm:password']", password);
        b.click("[id='loginForm:signIn']");
        b.waitFor(expected, Duration.ofSeconds(15));
    }

    /** A PrimeFaces select: open it, wait for the panel to settle, pick the item. */
    static void choose(Browser b, String selectId, String label) throws Exception {
        b.click("[id='" + selectId + "']");
        Thread.sleep(500);
        b.click("[id='" + selectId + "_items'] li[data-label='" + label + "']");
        Thread.sleep(300);
    }

    /** The secret in the shown-once dialog, read from the page as a person would copy it. */
    static String secretShown(Browser b) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<input[^>]*id=\"secretForm:secret\"[^>]*value=\"([^\"]+)\"").matcher(b.source());
        assertTrue(m.find(), "the secret is in the dialog");
        return m.group(1);
    }

    /** Waits until an Ajax update has removed the text from the page. */
    static String waitWithout(Browser b, String text, Duration max) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        String source = b.source();
        while (source.contains(text) && System.nanoTime() < end) {
            Thread.sleep(200);
            source = b.source();
        }
        assertTrue(!source.contains(text), "the page still shows " + text);
        return source;
    }

    static HttpResponse<String> bearer(String url, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(2)
    void identityPagesManageUsersGroupsRolesGrantsTokensSessionsAndTheAuditLog() throws Exception {
        String user = "hoang.thi.lan";
        try (Browser admin = new Browser(1280, 900); Browser person = new Browser(1280, 900)) {
            signIn(admin, "admin", CHOSEN, "Bảng điều khiển");
            String temporary = createUser(admin, user);

            // five wrong passwords lock the account; the locked-only filter finds it, unlock frees it
            for (int i = 0; i < 5; i++) {
                portal.send("POST", "/api/v1/auth/login", "{\"username\":\"" + user + "\",\"password\":\"sai\"}");
            }
            admin.open(local("/admin/users.xhtml"));
            admin.waitFor("Tạo người dùng", Duration.ofSeconds(10));
            admin.click("label[for='usersForm:show:1']");
            admin.waitFor("Bị khóa", Duration.ofSeconds(10));
            admin.screenshot(SHOTS.resolve("admin-users-locked.png"));
            admin.click("button[aria-label='Mở khóa: " + user + "']");
            admin.waitFor("Đã mở khóa tài khoản " + user, Duration.ofSeconds(10));

            groupsRolesAndGrants(admin, user);

            // the person: forced change, no user administration, own API tokens
            signIn(person, user, temporary, "bạn cần đặt mật khẩu mới");
            person.type("[id='pwForm:current']", temporary);
            person.type("[id='pwForm:next']", "Lan-Moi-2026!Hoa-An");
            person.type("[id='pwForm:repeat']", "Lan-Moi-2026!Hoa-An");
            person.click("[id='pwForm:save']");
            String dashboard = person.waitFor("Khóa API của tôi", Duration.ofSeconds(15));
            for (String page : new String[] {"users", "audit", "sites", "plugins", "grants"}) {
                assertTrue(!dashboard.contains("/admin/" + page + ".xhtml"), "no menu entry or link to " + page);
            }
            person.open(local("/admin/users.xhtml"));
            person.waitFor("Không có quyền truy cập", Duration.ofSeconds(10));
            person.screenshot(SHOTS.resolve("admin-forbidden.png"));
            person.open(local("/admin/plugins.xhtml"));
            person.waitFor("Không có quyền truy cập", Duration.ofSeconds(10));
            tokens(person);

            // the administrator sees the person's session and ends it
            admin.open(local("/admin/sessions.xhtml"));
            admin.waitFor(user, Duration.ofSeconds(10));
            assertTrue(admin.source().contains("máy chủ đang phục vụ trang này"), "the page says it covers this node");
            admin.screenshot(SHOTS.resolve("admin-sessions.png"));
            admin.click("button[aria-label^='Kết thúc phiên: " + user + "']");
            admin.click(".ui-confirmdialog-yes");
            admin.waitFor("Đã kết thúc một phiên của " + user, Duration.ofSeconds(10));
            person.open(local("/admin/tokens.xhtml"));
            person.waitFor("Đăng nhập quản trị", Duration.ofSeconds(10));

            auditLog(admin);
            resetDisableAndErase(admin, user);

            admin.click("[id='topForm:langEn']");
            admin.waitFor("Create user", Duration.ofSeconds(10));
            admin.screenshot(SHOTS.resolve("admin-users-en.png"));
        }
    }

    // ---- shared catalogs (after the first sign-in) ------------------------------------------------

    static final String HEADER = "code,name_vi,name_en,parent,valid_from,valid_to,successors,status,level\n";

    @Test
    @Order(3)
    void catalogsAreSearchedEditedAndImported() throws Exception {
        Path files = Files.createTempDirectory("catalog-files");
        // row 3: not a unit code; row 4: not a date
        Path bad = Files.writeString(files.resolve("don-vi-loi.csv"), HEADER
                + "99013,Xã Thử Nghiệm,Thu Nghiem Commune,99,2025-07-01,,,ACTIVE,commune\n"
                + "9901X,Xã Sai Mã,,99,2025-07-01,,,ACTIVE,commune\n"
                + "99016,Phường Thử Nghiệm,,99,2025-13-01,,,ACTIVE,commune\n");
        // and a province of 120 communes, more than the tree shows at once
        StringBuilder many = new StringBuilder("98,Tỉnh Thử Nghiệm,,,2025-07-01,,,ACTIVE,province\n");
        for (int i = 1; i <= 120; i++) {
            many.append(String.format("98%03d,Xã Số %d,,98,2025-07-01,,,ACTIVE,commune%n", i, i));
        }
        Path good = Files.writeString(files.resolve("don-vi.csv"), HEADER
                + "99013,Xã Thử Nghiệm,Thu Nghiem Commune,99,2025-07-01,,,ACTIVE,commune\n"
                + "99016,Phường Thử Nghiệm,Thu Nghiem Ward,99,2025-07-01,,,ACTIVE,commune\n" + many);
        try (Browser b = new Browser(1280, 1000)) {
            signIn(b, "admin", CHOSEN, "Bảng điều khiển");
            assertTrue(b.source().contains("Danh mục dùng chung"), "the catalogs are in the menu");
            b.open(local("/admin/catalogs.xhtml?catalog=admin-units"));
            b.waitFor("Tỉnh Hòa An (mẫu)", Duration.ofSeconds(15));
            // the province's communes are loaded when it is opened
            b.click("[id='treeForm:tree'] .ui-tree-toggler");
            b.waitFor("Phường Đông Tiến (mẫu)", Duration.ofSeconds(10));

            // a name typed without diacritics finds the commune; its versions and change log open
            b.type("[id='searchForm:q']", "binh minh");
            b.click("[id='searchForm:search']");
            String found = b.waitFor("Kết quả cho “binh minh”", Duration.ofSeconds(10));
            assertTrue(found.contains(">99001<"), "the current commune is found");
            assertTrue(!found.contains(">99101<"), "the commune merged away on 1 July 2025 is not current");
            b.click("[id='searchForm:results:0:open']");
            String entry = b.waitFor("Các phiên bản", Duration.ofSeconds(10));
            assertTrue(entry.contains("01/07/2025") && entry.contains("Nhật ký thay đổi"), "versions and change log");
            b.screenshot(SHOTS.resolve("admin-catalogs-entry.png"));

            // an invalid edit is refused at the field, and nothing is saved
            b.click("[id='detailForm:versions:0:editVersion']");
            b.waitFor("Sửa phiên bản: 99001", Duration.ofSeconds(10));
            Thread.sleep(500);
            b.type("[id='entryForm:nameVi']", " ");
            b.click("[id='entryForm:save']");
            b.waitFor("Cần nhập tên tiếng Việt", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-catalogs-edit-invalid.png"));
            b.click("[id='entryForm:cancel']");
            assertTrue(portal.get("/api/v1/catalogs/admin-units/entries/99001").body().contains("Xã Bình Minh (mẫu)"),
                    "the refused edit left the entry as it was");

            // as of a day before the merge, the same search finds the commune that was merged away
            b.typeOver("[id='catalogForm:at_input']", "01/01/2025");
            b.click("[id='searchForm:q']");
            String before = b.waitFor(">99101<", Duration.ofSeconds(10));
            String results = before.substring(before.indexOf("Kết quả cho"), before.indexOf("Cây danh mục"));
            assertTrue(!results.contains(">99001<"), "99001 did not exist yet: " + results);
            b.screenshot(SHOTS.resolve("admin-catalogs-as-of.png"));

            // a dry run of a file with bad rows reports them by row and field; then a good import
            b.open(local("/admin/catalogs.xhtml?catalog=admin-units&section=import"));
            b.waitFor("Chọn tệp CSV hoặc JSON", Duration.ofSeconds(10));
            b.upload("[id='importForm:file_input']", bad);
            b.waitFor("Tệp đã chọn: don-vi-loi.csv", Duration.ofSeconds(10));
            b.click("[id='importForm:dryRun']");
            String report = b.waitFor("Báo cáo lỗi", Duration.ofSeconds(20));
            b.scrollTo("[id='reportForm:errors']");
            b.screenshot(SHOTS.resolve("admin-catalogs-dry-run.png"));
            String table = report.substring(report.indexOf("Báo cáo lỗi"));
            assertTrue(table.contains("“9901X” không phải là mã đơn vị hành chính"), "the unit code rule, in Vietnamese: " + table);
            assertTrue(table.contains("“2025-13-01” không phải là ngày hợp lệ"), "the date, in Vietnamese: " + table);
            assertTrue(table.matches("(?s).*<td[^>]*>3</td>\\s*<td[^>]*><code>code</code>.*"), "row 3, column code: " + table);
            assertTrue(table.matches("(?s).*<td[^>]*>4</td>\\s*<td[^>]*><code>valid_from</code>.*"), "row 4, column valid_from");

            b.upload("[id='importForm:file_input']", good);
            b.waitFor("Tệp đã chọn: don-vi.csv", Duration.ofSeconds(10));
            b.click("[id='importForm:run']");
            String done = b.waitFor("Đã nhập xong.", Duration.ofSeconds(30));
            b.screenshot(SHOTS.resolve("admin-catalogs-imported.png"));
            String result = done.substring(done.indexOf("id=\"reportForm\""));
            assertTrue(result.contains("aria-valuenow=\"100\""), "the progress bar reached the end: " + result);
            assertTrue(result.contains("Thêm mới: <strong>123</strong>"), "all entries created: " + result);
            assertEquals(200, portal.get("/api/v1/catalogs/admin-units/entries/99016").statusCode(), "imported");

            // a big level opens a page at a time
            b.open(local("/admin/catalogs.xhtml?catalog=admin-units"));
            b.waitFor("Tỉnh Thử Nghiệm", Duration.ofSeconds(15));
            b.click("[id='treeForm:tree'] .ui-tree-toggler");
            String level = b.waitFor("Xem thêm…", Duration.ofSeconds(10));
            assertTrue(level.contains("98100") && !level.contains("98101"), "the first hundred communes");
            b.click("[id='treeForm:tree'] .adm-more");
            String rest = b.waitFor("98120", Duration.ofSeconds(10));
            assertTrue(!rest.contains("Xem thêm…"), "the last page has no more");

            mergeAndReassign(b);

            b.click("[id='topForm:langEn']");
            b.waitFor("Catalog tree", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-catalogs-en.png"));
        }
    }

    /**
     * A site names the new commune 99013; the commune then ends today, merged into 99016: the
     * replaced entries list the site, and one step moves it to the successor.
     */
    private void mergeAndReassign(Browser b) throws Exception {
        b.open(local("/admin/sites.xhtml"));
        b.waitFor("Sở Nội vụ (mẫu)", Duration.ofSeconds(15));
        b.click("[id='treeForm:create']");
        b.type("[id='siteForm:key']", "xa-thu-nghiem");
        b.type("[id='siteForm:nameVi']", "Xã Thử Nghiệm");
        choose(b, "siteForm:kind", "Xã, phường, đặc khu");
        b.type("[id='siteForm:unitCode_input']", "thu nghiem");
        b.waitFor("99013 — Xã Thử Nghiệm", Duration.ofSeconds(10));
        b.click("[id='siteForm:unitCode_panel'] [data-item-value='99013']");
        Thread.sleep(300);
        b.click("[id='siteForm:save']");
        b.waitFor("Đã tạo trang “Xã Thử Nghiệm”", Duration.ofSeconds(10));

        b.open(local("/admin/catalogs.xhtml?catalog=admin-units"));
        b.waitFor("Tỉnh Hòa An (mẫu)", Duration.ofSeconds(15));
        b.type("[id='searchForm:q']", "99013");
        b.click("[id='searchForm:search']");
        b.waitFor("Kết quả cho “99013”", Duration.ofSeconds(10));
        b.click("[id='searchForm:results:0:open']");
        b.waitFor("Các phiên bản", Duration.ofSeconds(10));
        b.click("[id='detailForm:versions:0:editVersion']");
        b.waitFor("Sửa phiên bản: 99013", Duration.ofSeconds(10));
        Thread.sleep(500);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        b.type("[id='entryForm:validTo_input']", today);
        b.type("[id='entryForm:successors']", "99016");
        b.click("[id='entryForm:save']");
        String saved = b.waitFor("Đã lưu thay đổi của mục 99013", Duration.ofSeconds(10));
        assertTrue(saved.contains("không có hiệu lực vào ngày đã chọn"), "the entry has ended today");
        assertTrue(saved.contains("import (csv)") && saved.contains(">admin<"), "the change log: imported, then edited");
        b.scrollTo("[id='detailForm:versions']");
        b.screenshot(SHOTS.resolve("admin-catalogs-ended.png"));

        b.click("[id='catalogForm:section'] > .ui-button:nth-child(3)");
        String replaced = b.waitFor("xa-thu-nghiem", Duration.ofSeconds(15));
        assertTrue(replaced.contains("Chuyển sang 99016"), "the one successor is offered");
        b.screenshot(SHOTS.resolve("admin-catalogs-replaced.png"));
        b.click("[id='replacedForm:replaced:0:move']");
        b.click(".ui-confirmdialog-yes");
        b.waitFor("Đã chuyển 1 tham chiếu từ 99013 sang 99016", Duration.ofSeconds(10));
        assertTrue(portal.get("/api/v1/sites/xa-thu-nghiem").body().contains("\"unitCode\":\"99016\""),
                "the site names the successor now");
    }

    private String createUser(Browser b, String user) throws Exception {
        b.open(local("/admin/users.xhtml"));
        b.waitFor("Tạo người dùng", Duration.ofSeconds(10));
        b.click("[id='usersForm:create']");
        b.type("[id='userForm:username']", "Hoàng Lan");
        b.type("[id='userForm:email']", "lan@");
        b.click("[id='userForm:save']");
        String invalid = b.waitFor("Tên đăng nhập không hợp lệ", Duration.ofSeconds(10));
        assertTrue(invalid.contains("Cần nhập họ và tên") && invalid.contains("Địa chỉ thư điện tử không hợp lệ"),
                "each field says what is wrong");
        b.screenshot(SHOTS.resolve("admin-users-invalid.png"));
        b.type("[id='userForm:username']", user);
        b.type("[id='userForm:displayName']", "Hoàng Thị Lan");
        b.type("[id='userForm:email']", "lan@hoaan.gov.vn");
        b.click("[id='userForm:save']");
        b.waitFor("Mật khẩu này chỉ hiển thị một lần", Duration.ofSeconds(10));
        String temporary = secretShown(b);
        b.screenshot(SHOTS.resolve("admin-users-secret.png"));
        b.click("[id='secretForm:done']");
        b.waitFor("Hoàng Thị Lan", Duration.ofSeconds(10));
        return temporary;
    }

    private void groupsRolesAndGrants(Browser b, String user) throws Exception {
        b.open(local("/admin/groups.xhtml"));
        b.waitFor("Tạo nhóm", Duration.ofSeconds(10));
        b.click("[id='groupsForm:create']");
        b.type("[id='groupForm:name']", "Biên tập Sở Nội vụ");
        b.click("[id='groupForm:save']");
        b.waitFor("Đã tạo nhóm", Duration.ofSeconds(10));
        b.click("button[aria-label='Thành viên: Biên tập Sở Nội vụ']");
        b.waitFor("Thành viên nhóm", Duration.ofSeconds(10));
        choose(b, "membersForm:newMember", "Hoàng Thị Lan (" + user + ")");
        b.click("[id='membersForm:add']");
        b.waitFor("Đã thêm " + user, Duration.ofSeconds(10));
        b.screenshot(SHOTS.resolve("admin-groups.png"));

        b.open(local("/admin/roles.xhtml"));
        b.waitFor("Tạo vai trò", Duration.ofSeconds(10));
        b.click("[id='rolesForm:create']");
        b.type("[id='roleForm:name']", "Biên Tập");
        b.type("[id='roleForm:permissions']", "content:EDIT {site}");
        b.click("[id='roleForm:save']");
        String invalid = b.waitFor("Mã vai trò không hợp lệ", Duration.ofSeconds(10));
        assertTrue(invalid.contains("Cần nhập tên tiếng Việt") && invalid.contains("Cần ít nhất một quyền"), "all at once");
        b.screenshot(SHOTS.resolve("admin-roles-invalid.png"));
        b.type("[id='roleForm:name']", "bien-tap-so");
        b.type("[id='roleForm:labelVi']", "Biên tập của sở");
        b.type("[id='roleForm:permissions']", "content:create,edit:{site}\ncontent:view:{site}");
        b.click("[id='roleForm:save']");
        b.waitFor("Đã tạo vai trò bien-tap-so", Duration.ofSeconds(10));
        b.screenshot(SHOTS.resolve("admin-roles.png"));

        b.open(local("/admin/grants.xhtml"));
        b.waitFor("Cấp quyền", Duration.ofSeconds(10));
        b.click("[id='grantsForm:create']");
        b.click("label[for='grantForm:principalType:1']");
        Thread.sleep(800);
        choose(b, "grantForm:principalId", "Biên tập Sở Nội vụ");
        choose(b, "grantForm:role", "Biên tập của sở (bien-tap-so)");
        choose(b, "grantForm:site", "Sở Nội vụ (mẫu) (so-noi-vu)");
        b.click("[id='grantForm:save']");
        b.waitFor("Đã cấp vai trò “Biên tập của sở”", Duration.ofSeconds(10));
        choose(b, "grantsForm:siteFilter", "Sở Nội vụ (mẫu) (so-noi-vu)");
        String grants = waitWithout(b, ">administrator</code>", Duration.ofSeconds(10));
        assertTrue(grants.contains("và các trang con"), "the grant on the site, inherited below");
        b.screenshot(SHOTS.resolve("admin-grants.png"));
    }

    private void tokens(Browser b) throws Exception {
        b.open(local("/admin/tokens.xhtml"));
        b.waitFor("Tạo khóa API", Duration.ofSeconds(10));
        b.click("[id='tokensForm:create']");
        b.type("[id='tokenForm:name']", "Đồng bộ văn bản");
        b.type("[id='tokenForm:scopes']", "content:*:so-noi-vu");
        b.type("[id='tokenForm:days']", "400");
        b.click("[id='tokenForm:save']");
        b.waitFor("Số ngày hiệu lực phải là số nguyên từ 1 đến 365", Duration.ofSeconds(10));
        b.type("[id='tokenForm:days']", "30");
        b.click("[id='tokenForm:save']");
        b.waitFor("Khóa này chỉ hiển thị một lần", Duration.ofSeconds(10));
        String token = secretShown(b);
        b.screenshot(SHOTS.resolve("admin-tokens-secret.png"));
        b.click("[id='secretForm:done']");
        assertEquals(200, bearer(local("/api/v1/auth/me"), token).statusCode(), "the new token works");
        b.open(local("/admin/tokens.xhtml"));
        b.waitFor("content:*:so-noi-vu", Duration.ofSeconds(10));
        b.screenshot(SHOTS.resolve("admin-tokens.png"));
        b.click("button[aria-label='Thu hồi: Đồng bộ văn bản']");
        b.click(".ui-confirmdialog-yes");
        b.waitFor("Đã thu hồi khóa", Duration.ofSeconds(10));
        assertEquals(401, bearer(local("/api/v1/auth/me"), token).statusCode(), "a revoked token is refused");
    }

    private void auditLog(Browser b) throws Exception {
        b.open(local("/admin/audit.xhtml"));
        b.waitFor("Kiểm tra chuỗi", Duration.ofSeconds(10));
        b.type("[id='auditForm:action']", "user.");
        b.click("[id='auditForm:search']");
        String page = waitWithout(b, ">auth.login<", Duration.ofSeconds(10));
        assertTrue(page.contains("user.created") && page.contains("user.unlocked"), "the action filter applies");
        assertTrue(page.contains("/api/v1/audit?format=csv&amp;action=user."), "the CSV link carries the filter");
        b.click("[id='auditForm:verify']");
        b.waitFor("Chuỗi nhật ký toàn vẹn", Duration.ofSeconds(10));
        b.screenshot(SHOTS.resolve("admin-audit.png"));
    }

    private void resetDisableAndErase(Browser b, String user) throws Exception {
        b.open(local("/admin/users.xhtml"));
        b.waitFor("Tạo người dùng", Duration.ofSeconds(10));
        b.click("button[aria-label='Đặt lại mật khẩu: " + user + "']");
        b.click("[id='resetForm:confirmReset']");
        b.waitFor("Đã đặt lại mật khẩu của " + user, Duration.ofSeconds(10));
        assertTrue(secretShown(b).endsWith("-Aa1"), "a new one-time password is shown");
        b.click("[id='secretForm:done']");
        Thread.sleep(500);
        b.click("button[aria-label='Vô hiệu hóa: " + user + "']");
        b.waitFor("Đã vô hiệu hóa tài khoản " + user, Duration.ofSeconds(10));
        b.click("button[aria-label='Xóa: " + user + "']");
        b.waitFor("bí danh (dạng deleted-…)", Duration.ofSeconds(10));
        b.screenshot(SHOTS.resolve("admin-users-delete.png"));
        b.click("[id='deleteForm:confirmDelete']");
        String after = b.waitFor("Đã xóa dữ liệu cá nhân", Duration.ofSeconds(10));
        assertTrue(!after.contains("Hoàng Thị Lan"), "the name is gone");
        b.screenshot(SHOTS.resolve("admin-users.png"));
    }
}
