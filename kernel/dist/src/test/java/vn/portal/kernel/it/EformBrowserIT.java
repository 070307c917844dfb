package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * In headless Chromium: a citizen reaches the birth registration form in three clicks, fills its
 * four steps (an auto-filled agency, a mistake corrected, a field shown by an answer, an
 * attachment), submits and gets a receipt; staff move the dossier in the admin inbox; the
 * citizen sees each status and adds the document asked for. Screenshots in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EformBrowserIT {

    static final Path SHOTS = BrowserIT.SHOTS;
    static final String SITE = "xa-binh-minh";
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalProcess(Files.createTempDirectory("portal-it-eform"));
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        portal.close();
    }

    String local(String path) {
        return "http://127.0.0.1:" + portal.port + path;
    }

    @Test
    void aCitizenAppliesOnlineAndFollowsTheDossierThatStaffProcess() throws Exception {
        Path pdf = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(pdf, EformScenario.PDF);
        String code;
        String token;
        try (Browser b = new Browser(1280, 1000)) {
            // three clicks from the home page: the menu's online services, the procedure, its form
            b.open(local("/s/" + SITE + "/"));
            b.waitFor("Dịch vụ công trực tuyến", Duration.ofSeconds(15));
            b.click("nav a[href='/s/" + SITE + "/dich-vu-cong']");
            b.waitFor("Nộp hồ sơ trực tuyến", Duration.ofSeconds(15));
            b.screenshot(SHOTS.resolve("eform-1-services.png"));
            b.click("ul.procedures h2 a");
            String form = b.waitFor("Bước 1/4", Duration.ofSeconds(15));
            assertTrue(form.contains("Ủy ban nhân dân xã Bình Minh (mẫu)"), "the agency is filled in");

            b.type("#f-hoTen", "Nguyễn Thị Mẫu");
            b.type("#f-soCccd", "0012030012");
            b.type("#f-dienThoai", "0912 345 678");
            b.type("#f-email", "me.mau@hoaan.example");
            b.click("#f-diaChi-commune option[value='99001']");
            b.type("#f-diaChi-detail", "Thôn Đông, số 5");
            b.click("#f-quanHe option[value='khac']");
            assertFalse(b.source().matches("(?s).*data-show-field=\"quanHe\"[^>]*hidden.*"),
                    "another relative: the field to name it appears");
            b.type("#f-quanHeKhac", "bà ngoại");
            b.screenshot(SHOTS.resolve("eform-2-step1.png"));
            b.click("button[value='next']");
            String errors = b.waitFor("Chưa sang bước tiếp được", Duration.ofSeconds(15));
            assertTrue(errors.contains("Số căn cước công dân gồm đúng 12 chữ số."));
            assertEquals("loi", b.runAsync("arguments[arguments.length - 1](document.activeElement.id)"),
                    "the error summary takes the focus, so it is read out");
            b.screenshot(SHOTS.resolve("eform-3-step1-errors.png"));
            b.type("#f-soCccd", "001203001234");
            b.click("button[value='next']");
            b.waitFor("Bước 2/4", Duration.ofSeconds(15));

            b.type("#f-tenTre", "Nguyễn Minh An");
            b.runAsync("document.getElementById('f-ngaySinh').value = '" + LocalDate.now().minusDays(2)
                    + "'; arguments[arguments.length - 1]('ok')");
            b.click("#f-gioiTinh option[value='nam']");
            b.type("#f-canNang", "3,2");
            b.click("button[value='next']");
            b.waitFor("Bước 3/4", Duration.ofSeconds(15));

            b.upload("#f-giayChungSinh", pdf);
            b.click("#f-daKetHon option[value='khong']");
            b.screenshot(SHOTS.resolve("eform-4-step3-upload.png"));
            b.click("button[value='next']");
            b.waitFor("Bước 4/4", Duration.ofSeconds(15));
            b.click("#f-camDoan");
            b.screenshot(SHOTS.resolve("eform-5-step4.png"));
            b.click("button[value='submit']");
            String receipt = b.waitFor("Hồ sơ đã được tiếp nhận", Duration.ofSeconds(20));
            b.screenshot(SHOTS.resolve("eform-6-receipt.png"));
            Matcher m = Pattern.compile("(H99\\.41-\\d{6}-\\d{4})</strong>.*?<strong class=\"code\">([A-Za-z0-9_-]+)</strong>",
                    Pattern.DOTALL).matcher(receipt);
            assertTrue(m.find(), receipt);
            code = m.group(1);
            token = m.group(2);
            b.click("a[href*='ban-in']");
            String print = b.waitFor("Nội dung đã khai", Duration.ofSeconds(15));
            assertTrue(print.contains("bà ngoại") && print.contains("Nguyễn Minh An"));
            b.screenshot(SHOTS.resolve("eform-7-print.png"));
        }

        // staff of the commune take it in the admin inbox
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "hs-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Ho-So-Xa-2026!";
        SessionClient api = identity.signedInUser(user, password);
        identity.grant(PortalScenario.field(api.get("/api/v1/auth/me").body(), "id"), "site-admin", SITE);
        try (Browser staff = new Browser(1280, 1000); Browser citizen = new Browser(1280, 1000)) {
            staff.open(local("/admin/login.xhtml"));
            staff.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
            staff.type("[id='loginForm:username']", user);
            staff.type("[id='loginForm:password']", password);
            staff.click("[id='loginForm:signIn']");
            assertTrue(staff.waitFor("Bảng điều khiển", Duration.ofSeconds(15)).contains("Hồ sơ trực tuyến"),
                    "the inbox is in the admin menu");
            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=inbox"));
            staff.waitFor(code, Duration.ofSeconds(15));
            staff.click("[id='inboxForm:dossiers:0:open']");
            String detail = staff.waitFor("Chuyển tình trạng", Duration.ofSeconds(15));
            assertTrue(detail.contains("001203001234") && detail.contains("giay-chung-sinh"), "answers and files");
            staff.screenshot(SHOTS.resolve("eform-8-inbox-detail.png"));

            String track = local("/s/" + SITE + "/ho-so/tra-cuu?ma=" + code + "&token=" + token);
            move(staff, "Đang xử lý", null);
            citizen.open(track);
            citizen.waitFor("<strong class=\"status status-in_review\">Đang xử lý", Duration.ofSeconds(15));

            move(staff, "Cần bổ sung", "Bổ sung bản chụp rõ hơn của giấy chứng sinh");
            citizen.open(track);
            citizen.waitFor("Gửi bổ sung", Duration.ofSeconds(15));
            citizen.screenshot(SHOTS.resolve("eform-9-needs-info.png"));
            citizen.upload("#bs-0", pdf);
            citizen.click("form.eform-step button[type='submit']");
            citizen.waitFor("Đã nhận giấy tờ bổ sung", Duration.ofSeconds(15));

            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=inbox"));
            staff.waitFor(code, Duration.ofSeconds(15));
            staff.click("[id='inboxForm:dossiers:0:open']");
            staff.waitFor("bổ sung", Duration.ofSeconds(15));
            move(staff, "Đã duyệt", null);
            move(staff, "Đã trả kết quả", "Mời nhận giấy khai sinh tại bộ phận một cửa");
            staff.screenshot(SHOTS.resolve("eform-10-inbox-finished.png"));
            citizen.open(track);
            String finished = citizen.waitFor("Đã trả kết quả", Duration.ofSeconds(15));
            for (String s : new String[] {"Đã tiếp nhận", "Đang xử lý", "Cần bổ sung", "Đã duyệt",
                "Mời nhận giấy khai sinh tại bộ phận một cửa"}) {
                assertTrue(finished.contains(s), s);
            }
            citizen.screenshot(SHOTS.resolve("eform-11-tracking.png"));
        }
    }

    private static void move(Browser staff, String status, String comment) throws Exception {
        staff.waitFor("Chuyển tình trạng", Duration.ofSeconds(15));
        // the PrimeFaces drop-down submits its hidden native select: pick the status there
        assertEquals("ok", staff.runAsync("var s = document.getElementById('inboxForm:next_input');"
                + "var o = Array.prototype.find.call(s.options, function (x) { return x.text === '" + status + "'; });"
                + "if (!o) { arguments[arguments.length - 1](s.outerHTML); return; }"
                + "s.value = o.value; arguments[arguments.length - 1]('ok')"));
        if (comment != null) {
            staff.type("[id='inboxForm:comment']", comment);
        }
        staff.click("[id='inboxForm:move']");
        try {
            staff.waitFor("<strong>" + status, Duration.ofSeconds(15)); // the dossier's status line, after the update
        } finally {
            staff.screenshot(SHOTS.resolve("eform-move-" + status.replace(' ', '-') + ".png"));
        }
        assertTrue(staff.source().contains("Đã chuyển tình trạng hồ sơ."));
    }
}
