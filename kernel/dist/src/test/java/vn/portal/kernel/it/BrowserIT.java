package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pages as a person sees them, in a real headless Chromium. Screenshots land in
 * kernel/dist/target/screenshots for a human to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    static final Path SHOTS = Paths.get("target/screenshots");
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
            phone.open(url("/so-do-cong"));
            phone.waitFor("Sở Nội vụ", Duration.ofSeconds(10));
            phone.screenshot(SHOTS.resolve("sitemap-vi-375.png"));
        }
    }

    @Test
    void firstSignInForcesAPasswordChangeThenTheAdminShellManagesSitesAndPlugins() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("password: (\\S+)").matcher(portal.log());
        assertTrue(m.find(), "the generated password is printed once in the log");
        String generated = m.group(1);
        String chosen = "Mat-Khau-Moi-2026!";
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
            b.type("[id='siteForm:agencyCode']", "abc");
            b.click("[id='siteForm:save']");
            b.waitFor("Mã định danh cơ quan không hợp lệ", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-site-invalid.png"));
            b.type("[id='siteForm:agencyCode']", "H99.55");
            b.click("[id='siteForm:save']");
            b.waitFor("so-moi", Duration.ofSeconds(10));
            assertTrue(portal.get("/api/v1/sites/so-moi").body().contains("\"agencyCode\":\"H99.55\""),
                    "the site typed in the admin is stored");

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
}
