package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * In headless Chromium: staff of a commune build a small two-step form in the admin's form builder
 * (a missing help text is shown at its field, fields reordered, a condition, a declaration), preview
 * it in the site's theme, publish it and open it as a citizen; a citizen sends it, the result is
 * returned, the citizen rates the service on the tracking page; the statistics page shows the chart.
 * Screenshots in target/screenshots (eform-builder-*.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EformBuilderIT {

    static final Path SHOTS = BrowserIT.SHOTS;
    static final String SITE = "xa-binh-minh";
    static final Duration WAIT = Duration.ofSeconds(20);
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalProcess(Files.createTempDirectory("portal-it-eform-builder"));
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        portal.close();
    }

    String local(String path) {
        return "http://127.0.0.1:" + portal.port + path;
    }

    /** The public pages under the sites' own address (their forms post there; another origin is refused). */
    String site(String path) {
        return "http://localhost:" + portal.port + path;
    }

    @Test
    void staffBuildPreviewAndPublishAFormThatCitizensThenUseAndRate() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "tk-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Thiet-Ke-Mau-2026!";
        SessionClient api = identity.signedInUser(user, password);
        identity.grant(PortalScenario.field(api.get("/api/v1/auth/me").body(), "id"), "site-admin", SITE);
        String formKey = "ket-hon-thu";
        String code;
        String token;
        try (Browser staff = new Browser(1366, 1100); Browser citizen = new Browser(1280, 1000)) {
            staff.open(local("/admin/login.xhtml"));
            staff.waitFor("Đăng nhập quản trị", WAIT);
            staff.type("[id='loginForm:username']", user);
            staff.type("[id='loginForm:password']", password);
            staff.click("[id='loginForm:signIn']");
            assertTrue(staff.waitFor("Bảng điều khiển", WAIT).contains("Biểu mẫu điện tử"), "the builder is in the menu");
            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=forms"));
            assertTrue(staff.waitFor("dang-ky-khai-sinh", WAIT).contains("Tạo biểu mẫu mới cho một thủ tục"));
            staff.screenshot(SHOTS.resolve("eform-builder-1-list.png"));

            // a new form for the marriage registration procedure of the catalog
            staff.type("[id$=':procedure_input']", "1.000002.000.00.00.H99");
            staff.type("[id$=':newKey']", formKey);
            staff.click("[id$=':create']");
            staff.waitFor("Tờ khai: Đăng ký kết hôn (mẫu)", WAIT);
            staff.click("a[href$=':tabSteps']");
            staff.waitFor("Họ và tên", WAIT);

            // a field without help text: the server's check shows the problem at the field
            staff.click("[id$='steps:0:addField']");
            staff.waitFor("Sửa trường: Trường mới", WAIT);
            settle(staff);
            selectOne(staff, "fType", "Số căn cước công dân");
            staff.waitFor("Số căn cước công dân", WAIT);
            staff.typeOver("[id$=':fName']", "soCccd");
            staff.typeOver("[id$=':fLabelVi']", "Số căn cước công dân");
            staff.click("[id$=':fRequired_input'] + .ui-chkbox-box, [id$=':fRequired'] .ui-chkbox-box");
            staff.click("[id$=':save']");
            String problem = staff.waitFor("Trường cần có lời hướng dẫn", WAIT);
            assertTrue(problem.contains("Bước 1 › Số căn cước công dân"), "the list names the place");
            staff.screenshot(SHOTS.resolve("eform-builder-2-problem-at-field.png"));
            staff.type("[id$=':fHelpVi']", "12 chữ số in trên thẻ căn cước.");

            // a choice, and a text shown only for one of its answers
            staff.click("[id$='steps:0:addField']");
            staff.waitFor("Sửa trường: Trường mới", WAIT);
            settle(staff);
            selectOne(staff, "fType", "Lựa chọn");
            try {
                staff.waitFor("Các lựa chọn (mỗi dòng một lựa chọn)", WAIT);
            } finally {
                staff.screenshot(SHOTS.resolve("eform-builder-2b-choice.png"));
            }
            staff.typeOver("[id$=':fName']", "lanKetHon");
            staff.typeOver("[id$=':fLabelVi']", "Kết hôn lần thứ mấy");
            staff.type("[id$=':fHelpVi']", "Theo giấy tờ hộ tịch của ông/bà.");
            staff.type("[id$=':fOptions']", "mot | Lần đầu\nhai | Lần thứ hai trở lên");
            staff.click("[id$=':done']");
            staff.waitFor("lanKetHon", WAIT);
            staff.click("[id$='steps:0:addField']");
            staff.waitFor("Sửa trường: Trường mới", WAIT);
            settle(staff);
            staff.typeOver("[id$=':fName']", "giayLyHon");
            staff.typeOver("[id$=':fLabelVi']", "Số quyết định ly hôn trước đây");
            staff.type("[id$=':fHelpVi']", "Ghi số và ngày của quyết định hoặc bản án.");
            selectOne(staff, "fShowIf", "lanKetHon");
            staff.waitFor("Các giá trị của trường đó: mot (Lần đầu), hai (Lần thứ hai trở lên)", WAIT);
            staff.type("[id$=':fShowValues']", "hai");
            staff.click("[id$=':done']");
            staff.waitFor("giayLyHon", WAIT);
            // the keyboard way to reorder: the conditional field up, then back down
            staff.click("[id$='steps:0:fields:3:up']");
            settle(staff);
            assertTrue(order(staff.source(), "giayLyHon", "lanKetHon"), "moved up");
            staff.click("[id$='steps:0:fields:2:down']");
            settle(staff);
            assertTrue(order(staff.source(), "lanKetHon", "giayLyHon"), "and back down");

            // a second step with the declaration
            staff.click("[id$=':addStep']");
            staff.waitFor("Bước 2: Bước 2", WAIT);
            staff.click("[id$='steps:1:addField']");
            staff.waitFor("Sửa trường: Trường mới", WAIT);
            settle(staff);
            selectOne(staff, "fType", "Lời cam đoan");
            staff.waitFor("Lời cam đoan (tiếng Việt)", WAIT);
            staff.typeOver("[id$=':fName']", "camDoan");
            staff.typeOver("[id$=':fLabelVi']", "Cam đoan");
            staff.type("[id$=':fHelpVi']", "Đánh dấu để xác nhận lời cam đoan.");
            staff.type("[id$=':fStatementVi']", "Tôi cam đoan những nội dung khai trên là đúng sự thật.");
            staff.typeOver("[id$='steps:1:stepTitleVi']", "Cam đoan");
            staff.click("[id$=':save']");
            staff.waitFor("Đã lưu bản nháp phiên bản 1", WAIT);
            staff.screenshot(SHOTS.resolve("eform-builder-3-saved.png"));

            // the preview, as the citizen will see it, in the site's theme
            Matcher preview = Pattern.compile("href=\"([^\"]*/xem-truoc/1)\"").matcher(staff.source());
            assertTrue(preview.find(), "a preview link after saving");
            staff.open(local(preview.group(1)));
            String pv = staff.waitFor("Xem trước phiên bản 1", WAIT);
            assertTrue(pv.contains("Số căn cước công dân") && pv.contains("Lần thứ hai trở lên")
                    && pv.contains("Bước 1/2"), "the fields as citizens see them");
            staff.screenshot(SHOTS.resolve("eform-builder-4-preview.png"));
            assertEquals(404, portal.get(preview.group(1)).statusCode(), "not for visitors");
            assertEquals(404, portal.get("/s/" + SITE + "/dich-vu-cong/" + formKey).statusCode(), "a draft is not public");

            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=forms"));
            staff.waitFor(formKey, WAIT);
            staff.click("[id$='forms:" + rowOf(staff.source(), formKey) + ":edit']");
            staff.waitFor("đang sửa bản nháp v1", WAIT);
            staff.click("[id$=':publish']");
            staff.waitFor("Đã công bố phiên bản 1", WAIT);
            staff.screenshot(SHOTS.resolve("eform-builder-5-published.png"));

            // the citizen: the form on the services page, filled and sent
            citizen.open(site("/s/" + SITE + "/dich-vu-cong"));
            citizen.waitFor("Đăng ký kết hôn (mẫu)", WAIT);
            citizen.open(site("/s/" + SITE + "/dich-vu-cong/" + formKey));
            String form = citizen.waitFor("Bước 1/2", WAIT);
            assertTrue(form.contains("Số căn cước công dân") && form.contains("Kết hôn lần thứ mấy"));
            citizen.type("#f-hoTen", "Trần Văn Mẫu");
            citizen.type("#f-soCccd", "001203009999");
            citizen.click("#f-lanKetHon option[value='mot']");
            citizen.screenshot(SHOTS.resolve("eform-builder-6-public-form.png"));
            citizen.click("button[value='next']");
            citizen.waitFor("Bước 2/2", WAIT);
            citizen.click("#f-camDoan");
            citizen.click("button[value='submit']");
            String receipt = citizen.waitFor("Hồ sơ đã được tiếp nhận", WAIT);
            Matcher m = Pattern.compile("(H99\\.41-\\d{6}-\\d{4})</strong>.*?<strong class=\"code\">([A-Za-z0-9_-]+)</strong>",
                    Pattern.DOTALL).matcher(receipt);
            assertTrue(m.find(), receipt);
            code = m.group(1);
            token = m.group(2);

            // staff return the result; the citizen rates once
            for (String to : new String[] {"IN_REVIEW", "APPROVED", "RESULT_RETURNED"}) {
                assertEquals(200, api.write("POST", "/api/v1/eform/dossiers/" + code + "/transitions?site=" + SITE,
                        "{\"status\":\"" + to + "\"}").statusCode());
            }
            citizen.open(site("/s/" + SITE + "/ho-so/tra-cuu?ma=" + code + "&token=" + token));
            citizen.waitFor("Đánh giá mức độ hài lòng", WAIT);
            citizen.click("#dg-0");
            citizen.screenshot(SHOTS.resolve("eform-builder-7-rating.png"));
            citizen.click("section.eform-rating button[type='submit']");
            citizen.waitFor("Ông/bà đã đánh giá: Rất hài lòng", WAIT);
            citizen.scrollTo("section.eform-rating");
            citizen.screenshot(SHOTS.resolve("eform-builder-8-rated.png"));

            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=stats"));
            staff.waitFor("Thống kê dịch vụ công", WAIT);
            selectOne(staff, "site", "Xã Bình Minh");
            staff.click("[id$=':show']");
            String stats = staff.waitFor("Đăng ký kết hôn (mẫu)", WAIT);
            assertTrue(stats.contains("<svg") && stats.contains("role=\"img\"") && stats.contains("format=csv"), stats);
            staff.screenshot(SHOTS.resolve("eform-builder-9-stats.png"));
        }
    }

    /** Picks an entry of a PrimeFaces drop-down as a person does: opens it, clicks the entry by its label. */
    private static void selectOne(Browser b, String idSuffix, String label) throws Exception {
        settle(b);
        b.click("[id$=':" + idSuffix + "'] .ui-selectonemenu-trigger");
        Thread.sleep(600); // the panel slides open
        b.click("[id$=':" + idSuffix + "_items'] li[data-label^=" + Browser.quote(label) + "]");
        settle(b);
        assertEquals("ok", b.runAsync("var l = document.querySelector(\"[id$=':" + idSuffix + "_label']\");"
                + "var open = Array.prototype.some.call(document.querySelectorAll('.ui-selectonemenu-panel'),"
                + " function (p) { return p.offsetParent !== null; });"
                + "arguments[arguments.length - 1](l && l.textContent.indexOf(" + Browser.quote(label) + ") === 0 && !open"
                + " ? 'ok' : 'shown: ' + (l && l.textContent) + ', a panel open: ' + open)"));
    }

    /** Waits until PrimeFaces has no Ajax request in flight (and the update's scripts have run). */
    private static void settle(Browser b) throws Exception {
        Thread.sleep(300);
        assertEquals("idle", b.runAsync("var done = arguments[arguments.length - 1]; var n = 0;"
                + "(function poll() { if (window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()) { setTimeout(function () {"
                + " done('idle'); }, 300); } else if (n++ > 100) { done('busy'); } else { setTimeout(poll, 100); } })();"));
    }

    private static boolean order(String html, String first, String second) {
        int a = html.indexOf("<code>" + first + "</code>");
        int b = html.indexOf("<code>" + second + "</code>");
        return a >= 0 && b >= 0 && a < b;
    }

    /** The row of the forms table holding this key: its edit button follows the key. */
    private static int rowOf(String html, String key) {
        Matcher m = Pattern.compile("forms:(\\d+):edit").matcher(html);
        assertTrue(m.find(html.indexOf("<code>" + key + "</code>")), "a row for " + key);
        return Integer.parseInt(m.group(1));
    }
}
