package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.portal.kernel.it.dossiers.DossierProbePlugin;
import vn.portal.kernel.it.dossiers.DossierProbeResource;
import vn.portal.kernel.it.dossiers.DossierProbeRest;
import vn.portal.kernel.testkit.PluginJarBuilder;

/**
 * The notification pages in headless Chromium against the real portal, with GreenMail as the
 * mail server: the template editor (live preview, a template error at its field, save, back to
 * the built-in text), the deliveries page (dead letters with their reason, "Gửi lại", the log, a
 * mail server that cannot be reached said at the top while the queue keeps every message), and a
 * signed-in person's preferences page posting its plain forms. Screenshots land in
 * kernel/dist/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPagesIT {

    static final Path SHOTS = BrowserIT.SHOTS;
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String TEMPLATES = "/admin/plugin.xhtml?plugin=notify&page=templates";
    static final String DELIVERIES = "/admin/plugin.xhtml?plugin=notify&page=deliveries&site=tinh";

    private PortalProcess portal;
    private GreenMail mail;
    private int smtpPort;

    @BeforeAll
    void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        mail = smtp();
        Path home = PortalScenario.tempHome("notify-pages");
        portal = new PortalProcess(home).config(String.join("\n",
                "db.url=jdbc:h2:file:" + home.resolve("data/portal") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "db.user=sa", "db.password=",
                "plugin.notify.mail.smtp.host=127.0.0.1",
                "plugin.notify.mail.smtp.port=" + smtpPort,
                "plugin.notify.mail.timeout-ms=2000",
                "plugin.notify.mail.from=thongbao@hoaan.gov.vn",
                "plugin.notify.retry.base-seconds=1",
                "plugin.notify.retry.max-seconds=2",
                "plugin.notify.retry.max-attempts=1000", ""));
        PluginJarBuilder.create("dossierprobe", "1.0.0").requires(">=0.1.0 & <0.2.0").pluginClass(DossierProbePlugin.class)
                .addClass(DossierProbeResource.class).extension(DossierProbeRest.class)
                .build(portal.home.resolve("plugins"));
        portal.start();
    }

    private GreenMail smtp() {
        GreenMail g = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            mail.stop();
        }
    }

    /** The public site at the portal's base URL (where its redirects lead). */
    String site(String path) {
        return "http://localhost:" + portal.port + path;
    }

    String local(String path) {
        return "http://127.0.0.1:" + portal.port + path;
    }

    void signIn(Browser b) throws Exception {
        signIn(b, local("/admin/login.xhtml"));
    }

    void signIn(Browser b, String loginUrl) throws Exception {
        b.open(loginUrl);
        b.waitFor("Đăng nhập quản trị", WAIT);
        b.type("[id='loginForm:username']", "admin");
        b.type("[id='loginForm:password']", PortalProcess.ADMIN_PASSWORD);
        b.click("[id='loginForm:signIn']");
        b.waitFor("Bảng điều khiển", WAIT);
    }

    @Test
    void theTemplateEditorPreviewsAsYouTypeAndShowsATemplateErrorAtTheField() throws Exception {
        try (Browser b = new Browser(1280, 1100)) {
            signIn(b);
            b.open(local(TEMPLATES));
            String page = b.waitFor("Xem trước (với dữ liệu mẫu)", WAIT);
            assertTrue(page.contains("Đang dùng mẫu có sẵn của hệ thống."), "the built-in template is shown first");
            assertTrue(page.contains("Hồ sơ H99.01-261121-0001: Đang xử lý"), "its preview with the sample dossier");

            b.typeOver("[id='templatesForm:body']", "Kính gửi {{applicantName}},\n\nHồ sơ {{receiptCode}} đã chuyển sang"
                    + " trạng thái {{statusLabel}} <ngay hôm nay>.\nTra cứu: {{trackingUrl}}");
            // the preview follows the typing (400 ms after the last key): wait for the end of the text
            String preview = b.waitFor("Tra cứu: <a href=", WAIT);
            assertTrue(preview.contains("Kính gửi Trần Thị B"), preview);
            assertTrue(preview.contains("trạng thái Đang xử lý &lt;ngay hôm nay&gt;."), "the HTML preview escapes the text");
            assertTrue(preview.contains("<a href=\"https://hoaan.gov.vn/s/so-noi-vu/ho-so/tra-cuu?ma=H99.01-261121-0001\""),
                    "links become clickable in the e-mail's HTML");
            b.screenshot(SHOTS.resolve("notify-templates-preview.png"));

            b.typeOver("[id='templatesForm:body']", "Hồ sơ {{maHoSo}}: {{statusLabel}}");
            String error = b.waitFor("unknown variable 'maHoSo'", WAIT);
            int field = error.indexOf("id=\"templatesForm:body\"");
            int problem = error.indexOf("id=\"templatesForm:bodyProblem\"");
            int at = error.indexOf("unknown variable 'maHoSo'");
            assertTrue(field >= 0 && field < problem && problem < at && at < error.indexOf("id=\"templatesForm:preview\""),
                    "the error is shown right under the body field, before the preview");
            assertTrue(error.substring(problem, at).contains("role=\"alert\""), "and announced");
            assertTrue(error.contains("Sửa lỗi ở trên để xem trước."), "no preview of a broken template");
            b.screenshot(SHOTS.resolve("notify-templates-error.png"));
            b.click("[id='templatesForm:save']");
            b.waitFor("Mẫu có lỗi: line 1: unknown variable", WAIT);
            assertTrue(portal.adminGet("/api/v1/notify/templates/dossier-status/email/vi").body().contains("\"builtIn\":true"),
                    "a template with an error is not saved");

            b.typeOver("[id='templatesForm:body']", "Hồ sơ {{receiptCode}}: {{statusLabel}} ({{agencyName}})");
            b.waitFor("Hồ sơ H99.01-261121-0001: Đang xử lý (Sở Nội vụ (mẫu))", WAIT);
            b.click("[id='templatesForm:save']");
            b.waitFor("Đã lưu mẫu.", WAIT);
            String stored = portal.adminGet("/api/v1/notify/templates/dossier-status/email/vi").body();
            assertTrue(stored.contains("\"builtIn\":false") && stored.contains("({{agencyName}})"), stored);
            b.screenshot(SHOTS.resolve("notify-templates-saved.png"));
            b.click("[id='templatesForm:reset']");
            b.waitFor("Đã trở lại mẫu có sẵn.", WAIT);
            assertTrue(portal.adminGet("/api/v1/notify/templates/dossier-status/email/vi").body().contains("\"builtIn\":true"));
        }
    }

    @Test
    void deadLettersAreListedWithTheirReasonAndSentAgainAndAnUnreachableMailServerIsSaidWhileTheQueueKeepsAll()
            throws Exception {
        publish("count=1&email=khong-hop-le&channels=email&prefix=H99.01-DEAD-");
        awaitStatus("DEAD", 1);
        try (Browser b = new Browser(1280, 1000)) {
            signIn(b);
            b.open(local(DELIVERIES));
            String page = b.waitFor("khong-hop-le", WAIT);
            assertTrue(page.contains("Địa chỉ thư không hợp lệ / not an e-mail address: khong-hop-le"), "the reason");
            b.screenshot(SHOTS.resolve("notify-deliveries-dead-letters.png"));
            b.click("[id='deliveriesForm:rows:0:resend']");
            b.waitFor("Đã đưa lại vào hàng đợi.", WAIT);
            String log = b.waitFor("RESENT", WAIT);
            assertTrue(log.contains("by admin"), "the log says who sent it again");
            b.screenshot(SHOTS.resolve("notify-deliveries-resent.png"));

            // the mail server goes away: messages wait, the page says why, nothing is lost
            mail.stop();
            long sentBefore = count("SENT");
            publish("count=3&email=cho.gui@example.vn&channels=email&prefix=H99.01-WAIT-");
            awaitRetrying(3);
            b.open(local(DELIVERIES));
            String trouble = b.waitFor("thông báo đang chờ gửi lại", WAIT);
            assertTrue(trouble.contains("Thư điện tử: 3 thông báo đang chờ gửi lại"), "how many wait, on which channel");
            assertTrue(trouble.contains("Không gửi được tới máy chủ thư 127.0.0.1:" + smtpPort), "the error, plainly");
            assertTrue(trouble.contains("Không mất thông báo nào"), "and that the queue keeps them");
            b.screenshot(SHOTS.resolve("notify-deliveries-smtp-unreachable.png"));
            assertEquals(sentBefore, count("SENT"));

            mail = smtp();
            Instant end = Instant.now().plus(Duration.ofSeconds(60));
            while (mail.getReceivedMessages().length < 3 && Instant.now().isBefore(end)) {
                Thread.sleep(200);
            }
            assertEquals(3, mail.getReceivedMessages().length, "all three arrive once the server is back");
            b.open(local(DELIVERIES));
            b.waitFor("khong-hop-le", WAIT);
            assertFalse(b.source().contains("thông báo đang chờ gửi lại"), "the warning is gone");
        }
    }

    @Test
    void aSignedInPersonSetsChannelsAndFollowsATopicOnThePreferencesPage() throws Exception {
        try (Browser b = new Browser(1280, 1300)) {
            b.open(site("/tai-khoan/thong-bao"));
            b.waitFor("Hãy đăng nhập để chọn cách nhận thông báo", WAIT);
            // the portal's base URL is http://localhost:<port>: its forms send the browser back there,
            // so the session is made on that host
            signIn(b, site("/admin/login.xhtml"));
            b.open(site("/tai-khoan/thong-bao"));
            b.waitFor("Kênh nhận thông báo", WAIT);
            b.type("#p-email", "quan.tri@example.vn");
            b.click("#p-ch-email");
            b.click("form[aria-labelledby='p-channels'] button[type='submit']");
            b.waitFor("Đã lưu.", WAIT);
            b.click("#p-topic-sector");
            b.type("#p-value", "NOI_VU");
            b.click("#p-digest-daily");
            b.click("form[aria-labelledby='p-follow'] button[type='submit']");
            String saved = b.waitFor("Bản tin mỗi ngày", WAIT);
            assertTrue(saved.contains("lĩnh vực NOI_VU") || saved.contains("lĩnh vực "), saved);
            assertTrue(saved.contains("thư điện tử") && saved.contains("hộp thư trên cổng"), "both channels");
            b.screenshot(SHOTS.resolve("notify-preferences.png"));
            assertEquals(List.of(), axe(b), "WCAG 2.1 AA: no serious or critical violation on the preferences page");
            b.open(site("/en/tai-khoan/thong-bao"));
            b.waitFor("Notification settings", WAIT);
            b.screenshot(SHOTS.resolve("notify-preferences-en.png"));
            b.open(site("/thong-bao/dang-ky"));
            b.waitFor("Một bản tin mỗi tuần", WAIT);
            b.screenshot(SHOTS.resolve("notify-subscribe-form.png"));
            assertEquals(List.of(), axe(b), "WCAG 2.1 AA: no serious or critical violation on the subscribe page");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the open page (AccessibilityIT's check). */
    private static List<String> axe(Browser b) throws Exception {
        String report = b.runAsync(AxeCore.script() + "\n;" + AccessibilityIT.run());
        assertTrue(report.startsWith("["), "axe did not run: " + report);
        return AccessibilityIT.serious(report);
    }

    private void publish(String query) throws Exception {
        HttpResponse<String> r = portal.postForm("/api/v1/dossierprobe/events?site=tinh&" + query, "text/plain", "");
        assertEquals(200, r.statusCode(), r.body());
    }

    private long count(String status) throws Exception {
        String counts = portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + status + "\":(\\d+)").matcher(counts);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private void awaitStatus(String status, long n) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        while (count(status) < n) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no " + n + " " + status + ": "
                        + portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body());
            }
            Thread.sleep(200);
        }
    }

    /** Waits until n messages have failed at least once and wait for another try. */
    private void awaitRetrying(int n) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        while (true) {
            String pending = portal.adminGet("/api/v1/notify/deliveries?site=tinh&status=PENDING").body();
            if (pending.split("Không gửi được tới máy chủ thư", -1).length - 1 >= n) {
                return;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not retrying yet: " + pending);
            }
            Thread.sleep(200);
        }
    }
}
