package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * WCAG 2.1 AA, checked by axe-core in headless Chromium on the pages citizens use most:
 * home, a listing, an item, search and the legal documents, in Vietnamese and English.
 * No serious or critical violation may remain; the full report is written to target/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    static final Path REPORTS = Paths.get("target", "axe");
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalProcess(Files.createTempDirectory("portal-it-axe"));
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        portal.close();
    }

    @Test
    void publicPagesHaveNoSeriousOrCriticalViolations() throws Exception {
        ContentScenario content = new ContentScenario(portal);
        String image = PortalScenario.field(portal.adminPost("/api/v1/content/media?site=" + ContentScenario.SITE,
                "image/png", ContentScenario.PNG).body(), "id");
        content.publishAsAdmin("{\"type\":\"article\",\"title\":\"Khai mạc kỳ họp thứ mười Hội đồng nhân dân tỉnh\","
                + "\"summary\":\"Kỳ họp xem xét nhiều nội dung quan trọng.\",\"slug\":\"khai-mac-ky-hop\",\"fields\":"
                + "{\"body\":\"<p>Nội dung <a href=\\\"https://hoaan.gov.vn\\\">chi tiết</a>.</p><h2>Chương trình</h2>"
                + "<table><caption>Lịch họp</caption><tr><th scope=\\\"col\\\">Ngày</th><th scope=\\\"col\\\">Nội dung</th>"
                + "</tr><tr><td>Thứ Hai</td><td>Khai mạc</td></tr></table>\",\"featuredImage\":\"" + image
                + "\",\"featuredImageAlt\":\"Quang cảnh kỳ họp\"}}");
        String pdf = PortalScenario.field(portal.adminPost("/api/v1/content/media?site=" + ContentScenario.SITE,
                "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).body(), "id");
        content.publishAsAdmin("{\"type\":\"legal-document\",\"title\":\"Quyết định về quy chế làm việc\",\"fields\":{"
                + "\"form\":\"QĐ\",\"number\":\"99/QĐ-UBND\",\"issuer\":\"H99\",\"issueDate\":\"2026-03-02\","
                + "\"abstract\":\"Ban hành quy chế làm việc\",\"file\":\"" + pdf + "\"}}");

        String site = "/s/" + ContentScenario.SITE + "/";
        // the search page is checked with results: wait until the article is indexed (within a second)
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (!portal.get("/api/v1/search?site=" + ContentScenario.SITE + "&q=k%E1%BB%B3+h%E1%BB%8Dp").body()
                .contains("khai-mac-ky-hop") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("site-home", site);
        pages.put("listing", site + "tin-tuc");
        pages.put("item", site + "tin-tuc/khai-mac-ky-hop");
        pages.put("search", site + "tim-kiem?q=k%E1%BB%B3+h%E1%BB%8Dp");
        pages.put("legal-documents", site + "van-ban?nam=2026");
        pages.put("home-en", "/en/");
        pages.put("not-found", site + "khong-co-trang-nay");
        String axe = AxeCore.script();
        Files.createDirectories(REPORTS);
        List<String> failures = new ArrayList<>();
        try (Browser browser = new Browser(1280, 900)) {
            // the check itself: a page with an image without text and an unlabelled field must fail it
            browser.open("data:text/html;charset=utf-8,<html lang=vi><title>x</title><main><img src=a.png>"
                    + "<input type=text></main></html>");
            List<String> control = serious(browser.runAsync(axe + "\n;" + run()));
            assertTrue(control.stream().anyMatch(v -> v.startsWith("image-alt")) && control.stream()
                    .anyMatch(v -> v.startsWith("label")), "axe finds known violations: " + control);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                HttpResponse<String> r = portal.get(page.getValue());
                assertTrue(r.statusCode() == 200 || page.getKey().equals("not-found"), page.getValue() + " → " + r.statusCode());
                if (page.getKey().equals("search")) {
                    assertTrue(r.body().contains("class=\"search-results\"") && r.body().contains("<mark>"),
                            "the search page is checked with results and highlights");
                }
                browser.open("http://localhost:" + portal.port + page.getValue());
                String report = browser.runAsync(axe + "\n;" + run());
                assertTrue(report.startsWith("["), page.getKey() + ": axe did not run: " + report);
                Files.writeString(REPORTS.resolve(page.getKey() + ".json"), report);
                browser.screenshot(REPORTS.resolve(page.getKey() + ".png"));
                for (String violation : serious(report)) {
                    failures.add(page.getKey() + " " + page.getValue() + ": " + violation);
                }
            }
        }
        assertEquals(List.of(), failures, "serious or critical WCAG 2.1 AA violations (reports in target/axe)");
    }

    /** Runs axe with the WCAG 2.0/2.1 A and AA rules and hands back the violations as JSON. */
    static String run() {
        return "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return {id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {"
                + " return n.target.join(' '); })}; }))); }, function (e) { done('ERROR ' + e); });";
    }

    /** The violations of impact serious or critical, as "id (impact): help — nodes". */
    static List<String> serious(String report) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"impact\":\"(serious|critical)\",\"help\":\"([^\"]*)\","
                + "\"nodes\":\\[([^\\]]*)\\]").matcher(report);
        while (m.find()) {
            out.add(m.group(1) + " (" + m.group(2) + "): " + m.group(3) + " — " + m.group(4));
        }
        return out;
    }
}
