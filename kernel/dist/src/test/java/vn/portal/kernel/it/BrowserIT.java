package vn.portal.kernel.it;

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
        portal = new PortalProcess(Files.createTempDirectory("portal-it-browser"));
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
