package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

    /** A stand-in for a provincial population service (LGSP), answering by sign-in name; "cham-…" never in time. */
    HttpServer population;

    @BeforeAll
    void start() throws Exception {
        population = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        population.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        population.createContext("/cong-dan/", x -> {
            String who = x.getRequestURI().getPath().substring("/cong-dan/".length());
            if (who.startsWith("cham-")) {
                try {
                    Thread.sleep(4000); // longer than the configured timeout
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] b = "{\"soCccd\":\"001190000321\",\"dienThoai\":\"0912 000 321\",\"hoTen\":\"không dùng\"}"
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        population.start();
        portal = new PortalProcess(Files.createTempDirectory("portal-it-eform")).config(
                "plugin.eform.prefill.sources=dancu\n"
                + "plugin.eform.prefill.dancu.url=http://127.0.0.1:" + population.getAddress().getPort() + "/cong-dan/{key}\n"
                + "plugin.eform.prefill.dancu.key=user\nplugin.eform.prefill.dancu.fields=soCccd,dienThoai\n"
                + "plugin.eform.prefill.dancu.timeout-ms=1000\n");
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            portal.close();
        } finally {
            population.stop(0);
        }
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

    static void signIn(Browser b, String url, String user, String password) throws Exception {
        b.open(url);
        b.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
        b.type("[id='loginForm:username']", user);
        b.type("[id='loginForm:password']", password);
        b.click("[id='loginForm:signIn']");
        b.waitFor("Bảng điều khiển", Duration.ofSeconds(15));
    }

    /** Version 2 of the birth form: the ID number and the phone come from the population service when signed in. */
    void publishWithPopulationPrefill() throws Exception {
        String api = "/api/v1/eform/forms";
        String versions = portal.adminGet(api + "/dang-ky-khai-sinh/versions?site=" + SITE).body();
        if (versions.contains("\"version\":2")) {
            return;
        }
        String v1 = portal.adminGet(api + "/dang-ky-khai-sinh/versions/1?site=" + SITE).body();
        String json = v1.substring(v1.indexOf("\"definition\":") + 13, v1.length() - 1)
                .replace("\"name\":\"soCccd\",", "\"name\":\"soCccd\",\"prefill\":\"dancu:soCccd\",")
                .replace("\"name\":\"dienThoai\",", "\"name\":\"dienThoai\",\"prefill\":\"dancu:dienThoai\",");
        assertTrue(json.contains("dancu:soCccd") && json.contains("dancu:dienThoai"), json);
        assertEquals(201, portal.adminSend("POST", api + "?site=" + SITE, json).statusCode());
        assertEquals(200, portal.adminSend("POST", api + "/dang-ky-khai-sinh/versions/2/publish?site=" + SITE, "{}")
                .statusCode());
    }

    @Test
    void aSignedInCitizenIsFilledInFromTheirAccountAndFindsTheDossierUnderIt() throws Exception {
        publishWithPopulationPrefill();
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "cd-" + UUID.randomUUID().toString().substring(0, 6);
        String slow = "cham-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Cong-Dan-Mau-2026!";
        identity.signedInUser(user, password);
        identity.signedInUser(slow, password);
        Path pdf = Files.createTempFile("giay-chung-sinh", ".pdf");
        Files.write(pdf, EformScenario.PDF);
        // the portal's links are absolute on its configured host (localhost): the session must be made there
        String host = "http://localhost:" + portal.port;
        try (Browser b = new Browser(1280, 1000)) {
            signIn(b, host + "/admin/login.xhtml", user, password);
            b.open(host + "/s/" + SITE + "/");
            b.waitFor("Dịch vụ công trực tuyến", Duration.ofSeconds(15));
            b.click("nav a[href='/s/" + SITE + "/dich-vu-cong']");
            b.waitFor("Nộp hồ sơ trực tuyến", Duration.ofSeconds(15));
            b.click("ul.procedures h2 a");
            String form = b.waitFor("Bước 1/4", Duration.ofSeconds(15));
            assertTrue(form.contains("value=\"Nguyễn Văn Thử\""), "the name from the account");
            assertTrue(form.contains("value=\"001190000321\"") && form.contains("value=\"0912 000 321\""),
                    "the ID number and the phone from the population service");
            assertTrue(form.contains("&amp;_csrf="), "the signed-in form posts with the session's token");
            b.click("#f-diaChi-commune option[value='99001']");
            b.type("#f-diaChi-detail", "Xóm Nam, số 3");
            b.click("#f-quanHe option[value='me']");
            b.screenshot(SHOTS.resolve("eform-12-signed-in-prefilled.png"));
            b.click("button[value='next']");
            b.waitFor("Bước 2/4", Duration.ofSeconds(15));
            b.type("#f-tenTre", "Nguyễn Thị Bé");
            b.runAsync("document.getElementById('f-ngaySinh').value = '" + LocalDate.now().minusDays(1)
                    + "'; arguments[arguments.length - 1]('ok')");
            b.click("#f-gioiTinh option[value='nu']");
            b.click("button[value='next']");
            b.waitFor("Bước 3/4", Duration.ofSeconds(15));
            b.upload("#f-giayChungSinh", pdf);
            b.click("#f-daKetHon option[value='khong']");
            b.click("button[value='next']");
            b.waitFor("Bước 4/4", Duration.ofSeconds(15));
            b.click("#f-camDoan");
            b.click("button[value='submit']");
            String receipt = b.waitFor("Hồ sơ đã được tiếp nhận", Duration.ofSeconds(20));
            Matcher m = Pattern.compile("(H99\\.41-\\d{6}-\\d{4})</strong>").matcher(receipt);
            assertTrue(m.find(), receipt);
            String code = m.group(1);

            b.open(host + "/s/" + SITE + "/dich-vu-cong");
            b.waitFor("Hồ sơ của tôi", Duration.ofSeconds(15));
            b.click("a[href$='/ho-so/cua-toi']");
            String mine = b.waitFor(code, Duration.ofSeconds(15));
            assertTrue(mine.contains("Đăng ký khai sinh (mẫu)"));
            b.screenshot(SHOTS.resolve("eform-13-my-dossiers.png"));
            b.click("table.history a");
            String own = b.waitFor("Quá trình xử lý", Duration.ofSeconds(15));
            assertTrue(own.contains(code) && own.contains("Đã tiếp nhận"), "opened from the account, no token asked");
            b.screenshot(SHOTS.resolve("eform-14-own-dossier.png"));
        }
        // the population service does not answer in time for this citizen: the form comes, those fields are empty
        try (Browser b = new Browser(1280, 1000)) {
            signIn(b, local("/admin/login.xhtml"), slow, password);
            long start = System.nanoTime();
            b.open(local("/s/" + SITE + "/dich-vu-cong/dang-ky-khai-sinh"));
            String form = b.waitFor("Bước 1/4", Duration.ofSeconds(15));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 4000, "no longer than the timeout, not the service");
            assertTrue(form.contains("value=\"\" id=\"f-soCccd\"") && form.contains("value=\"Nguyễn Văn Thử\""),
                    "the ID number is simply left to type; the rest works");
            b.screenshot(SHOTS.resolve("eform-15-prefill-timeout.png"));
        }
    }

    @Test
    void staffUploadADownloadableFormAndCitizensFindItFromTheProcedurePages() throws Exception {
        String marriage = "1.000002.000.00.00.H99";
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "mt-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Mau-Don-Xa-2026!";
        SessionClient api = identity.signedInUser(user, password);
        identity.grant(PortalScenario.field(api.get("/api/v1/auth/me").body(), "id"), "site-admin", SITE);
        Path docx = Files.createTempFile("to-khai-ket-hon", ".docx");
        Files.write(docx, EformScenario.docx("Tờ khai đăng ký kết hôn"));
        Path exe = Files.createTempFile("to-khai", ".docx");
        Files.write(exe, EformScenario.DISGUISED);
        Path pdf = Files.createTempFile("to-khai-ket-hon-sua", ".pdf");
        Files.write(pdf, EformScenario.PDF);
        try (Browser staff = new Browser(1280, 1100)) {
            signIn(staff, local("/admin/login.xhtml"), user, password);
            assertTrue(staff.source().contains("Mẫu đơn, tờ khai tải về"), "the page is in the admin menu");
            staff.open(local("/admin/plugin.xhtml?plugin=eform&page=downloads"));
            staff.waitFor("Tải lên mẫu đơn", Duration.ofSeconds(15));
            pick(staff, "filesForm:procedure_input", marriage);
            staff.type("[id='filesForm:titleVi']", "Tờ khai đăng ký kết hôn (mẫu)");
            staff.upload("[id='filesForm:file_input']", exe);
            staff.waitFor("Tệp phải là PDF, DOCX, XLSX, ODT hoặc ODS", Duration.ofSeconds(15));
            staff.screenshot(SHOTS.resolve("eform-16-downloads-refused.png"));
            staff.upload("[id='filesForm:file_input']", docx);
            staff.waitFor("Tệp đã chọn:", Duration.ofSeconds(15));
            staff.click("[id='filesForm:save']");
            staff.waitFor("Đã tải lên phiên bản 1", Duration.ofSeconds(15));
            // a corrected form: a new version of the same one
            String option = staff.runAsync("var s = document.getElementById('filesForm:target_input');"
                    + "var o = Array.prototype.find.call(s.options, function (x) { return x.text.indexOf('v1') >= 0; });"
                    + "arguments[arguments.length - 1](o ? o.value : s.outerHTML)");
            pick(staff, "filesForm:target_input", option);
            staff.upload("[id='filesForm:file_input']", pdf);
            staff.waitFor("Tệp đã chọn:", Duration.ofSeconds(15));
            staff.click("[id='filesForm:save']");
            String saved = staff.waitFor("Đã tải lên phiên bản 2", Duration.ofSeconds(15));
            assertTrue(saved.contains("Các phiên bản của") && saved.contains("đang dùng"), "the versions, newest current");
            staff.screenshot(SHOTS.resolve("eform-17-downloads-admin.png"));
        }
        try (Browser citizen = new Browser(1280, 1000)) {
            // the content's procedure page names the procedure; its page offers the form to download
            citizen.open(local("/s/" + SITE + "/thu-tuc/dang-ky-ket-hon"));
            citizen.waitFor("Đăng ký kết hôn (mẫu)", Duration.ofSeconds(15));
            citizen.click("a[href*='thu-tuc-hanh-chinh/" + marriage + "']");
            String page = citizen.waitFor("Tờ khai đăng ký kết hôn (mẫu)", Duration.ofSeconds(15));
            assertTrue(page.contains("PDF,") && page.contains("phiên bản 2"), "the current version is offered");
            citizen.screenshot(SHOTS.resolve("eform-18-procedure-page.png"));
            Matcher m = Pattern.compile("href=\"([^\"]*/api/v1/eform/files/[^\"]*)\"").matcher(page);
            assertTrue(m.find(), page);
            var got = EformScenario.download(portal.port, m.group(1).replace("&amp;", "&"));
            assertEquals(200, got.statusCode());
            assertTrue(new String(got.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "version 2's bytes");
            citizen.open(local("/s/" + SITE + "/dich-vu-cong"));
            citizen.waitFor("Tờ khai đăng ký kết hôn (mẫu)", Duration.ofSeconds(15));
            citizen.screenshot(SHOTS.resolve("eform-19-services-downloads.png"));
        }
    }

    /** Chooses a value in a PrimeFaces drop-down through its hidden native select (what the form submits). */
    private static void pick(Browser b, String selectId, String value) throws Exception {
        assertEquals("ok", b.runAsync("var s = document.getElementById('" + selectId + "');"
                + "if (!s) { arguments[arguments.length - 1]('no select'); return; }"
                + "s.value = '" + value + "'; arguments[arguments.length - 1](s.value === '" + value + "' ? 'ok' : s.outerHTML)"));
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
