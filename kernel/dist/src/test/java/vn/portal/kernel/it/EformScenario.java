package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.kernel.it.PortalScenario.assertProblem;
import static vn.portal.kernel.it.PortalScenario.field;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-form plugin end to end: a citizen fills the birth registration form of a commune step
 * by step (no script), gets a receipt; staff move the dossier through its statuses; the
 * citizen sees each one and adds a document when asked; events leave for every change.
 */
final class EformScenario {

    static final String SITE = "xa-binh-minh";
    static final String FORM = "dang-ky-khai-sinh";
    static final String API = "/api/v1/eform";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A Windows program renamed to .pdf. */
    static final byte[] DISGUISED = "MZ\u0090\u0000 this is not a PDF".getBytes(StandardCharsets.ISO_8859_1);

    private final PortalProcess portal;
    private final IdentityScenario identity;

    EformScenario(PortalProcess portal) {
        this.portal = portal;
        this.identity = new IdentityScenario(portal);
    }

    /** A signed-in user holding a role on one site. */
    SessionClient staff(String site, String role) throws Exception {
        SessionClient c = identity.signedInUser("xl-" + UUID.randomUUID().toString().substring(0, 6), "Xu-Ly-Ho-So-2026!");
        identity.grant(field(c.get("/api/v1/auth/me").body(), "id"), role, site);
        return c;
    }

    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no hidden field " + name);
        return m.group(1);
    }

    static String param(String location, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&#]*)").matcher(location);
        assertTrue(m.find(), "no " + name + " in " + location);
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    String step(String token, int step, FormPost post) throws Exception {
        post.field("_form", FORM).field("_step", Integer.toString(step)).field("_draft", token);
        HttpResponse<String> r = post.send(portal.port, API + "/drafts?site=" + SITE + "&lang=vi");
        assertEquals(303, r.statusCode(), r.body());
        return FormPost.location(r);
    }

    void aCitizenAppliesStepByStepAndStaffDecide() throws Exception {
        // three clicks: home → online services (main menu) → the procedure's form
        assertTrue(portal.get("/s/" + SITE + "/").body().contains("href=\"/s/" + SITE + "/dich-vu-cong\""),
                "the main menu leads to the services");
        HttpResponse<String> services = portal.get("/s/" + SITE + "/dich-vu-cong");
        assertEquals(200, services.statusCode());
        assertTrue(services.body().contains("Đăng ký khai sinh (mẫu)") && services.body().contains("1 ngày làm việc"),
                "the procedure with what the catalog says of it");
        assertTrue(services.body().contains("/s/" + SITE + "/dich-vu-cong/" + FORM + "\""));

        HttpResponse<String> first = portal.get("/s/" + SITE + "/dich-vu-cong/" + FORM);
        assertEquals(200, first.statusCode());
        String page = first.body();
        assertTrue(page.contains("Ủy ban nhân dân xã Bình Minh (mẫu)"), "the agency is filled in from the catalog");
        assertTrue(page.contains("Bước 1/4: Người yêu cầu") && page.contains("aria-current=\"step\""));
        assertTrue(page.contains("<label for=\"f-soCccd\">") && page.contains("aria-describedby=\"f-soCccd-help\""),
                "labels and help joined to the inputs");
        assertTrue(page.contains("Dung lượng tối đa mỗi tệp: 5 MB"), "the upload limit is shown");
        String csrf = hidden(page, "_csrf");

        // a forged start is refused before anything is stored
        FormPost forged = new FormPost().field("_form", FORM).field("_step", "0").field("_csrf", csrf + "x");
        assertTrue(FormPost.location(forged.send(portal.port, API + "/drafts?site=" + SITE)).contains("loi=phien"));
        HttpResponse<String> crossSite = new FormPost().field("_form", FORM).field("_csrf", csrf)
                .header("Origin", "https://lua-dao.example").send(portal.port, API + "/drafts?site=" + SITE);
        assertProblem(crossSite, 403);

        // step 1 with mistakes: the same step again, each problem at its field
        FormPost bad = new FormPost().field("_form", FORM).field("_step", "0").field("_csrf", csrf)
                .field("hoTen", "Nguyễn Thị Mẫu").field("soCccd", "12345").field("dienThoai", "0912 345 678")
                .field("diaChi.commune", "99001").field("diaChi.detail", "Thôn Đông, số 5").field("quanHe", "me")
                .field("_action", "next");
        String back = FormPost.location(bad.send(portal.port, API + "/drafts?site=" + SITE + "&lang=vi"));
        assertTrue(back.contains("buoc=1") && back.contains("loi=1"), back);
        String token = param(back, "nhap");
        HttpResponse<String> withErrors = portal.get(back);
        assertTrue(withErrors.body().contains("role=\"alert\"") && withErrors.body().contains(
                "Số căn cước công dân gồm đúng 12 chữ số."), "the problem, announced");
        assertTrue(withErrors.body().contains("aria-invalid=\"true\"") && withErrors.body().contains("f-soCccd-error"));
        assertTrue(withErrors.body().contains("value=\"Nguyễn Thị Mẫu\""), "what was typed is kept");

        String next = step(token, 0, new FormPost().field("hoTen", "Nguyễn Thị Mẫu").field("soCccd", "001 203 001 234")
                .field("dienThoai", "0912 345 678").field("email", "me.mau@hoaan.example").field("diaChi.commune", "99001")
                .field("diaChi.detail", "Thôn Đông, số 5").field("quanHe", "me").field("_action", "next"));
        assertTrue(next.contains("buoc=2") && !next.contains("loi"), next);
        next = step(token, 1, new FormPost().field("tenTre", "Nguyễn Minh An").field("ngaySinh",
                java.time.LocalDate.now().minusDays(3).toString()).field("gioiTinh", "nam").field("canNang", "3,2")
                .field("_action", "next"));
        assertTrue(next.contains("buoc=3") && !next.contains("loi"), next);
        // a disguised file is refused by its content, whatever its name says
        next = step(token, 2, new FormPost().file("giayChungSinh", "giay-chung-sinh.pdf", DISGUISED)
                .field("daKetHon", "khong").field("_action", "next"));
        assertTrue(next.contains("buoc=3") && next.contains("tep=giayChungSinh%3AfileType"), next);
        assertTrue(portal.get(next).body().contains("Loại tệp không được chấp nhận"));
        next = step(token, 2, new FormPost().file("giayChungSinh", "giấy chứng sinh.pdf", PDF).field("daKetHon", "khong")
                .field("_action", "next"));
        assertTrue(next.contains("buoc=4") && !next.contains("loi"), next);
        assertTrue(portal.get(next).body().contains("Cam đoan và gửi"));
        // save and resume later with the token
        String saved = step(token, 3, new FormPost().field("_action", "save"));
        assertTrue(portal.get(saved).body().contains("Đã lưu"), saved);

        String receipt = step(token, 3, new FormPost().field("camDoan", "true").field("_action", "submit"));
        assertTrue(receipt.startsWith("/s/" + SITE + "/ho-so/bien-nhan?"), receipt);
        String code = param(receipt, "ma");
        String lookup = param(receipt, "token");
        assertTrue(code.matches("H99\\.41-\\d{6}-\\d{4}"), code);
        String again = step(token, 3, new FormPost().field("camDoan", "true").field("_action", "submit"));
        assertEquals(receipt, again, "a repeated submit shows the same receipt and makes no second dossier");

        HttpResponse<String> receiptPage = portal.get(receipt);
        assertEquals(200, receiptPage.statusCode());
        assertTrue(receiptPage.body().contains(code) && receiptPage.body().contains(lookup));
        HttpResponse<String> print = portal.get(receipt.replace("bien-nhan", "ban-in"));
        assertTrue(print.body().contains("Nguyễn Minh An") && print.body().contains("Thôn Đông, số 5, Xã Bình Minh (mẫu), "
                + "Tỉnh Hòa An (mẫu)") && print.body().contains("giấy chứng sinh.pdf"), "what was entered, readable");

        // nothing is told about a dossier without its token
        String trackPath = "/s/" + SITE + "/ho-so/tra-cuu?ma=" + code + "&token=";
        HttpResponse<String> wrong = portal.get(trackPath + "sai-ma");
        HttpResponse<String> unknown = portal.get("/s/" + SITE + "/ho-so/tra-cuu?ma=H99.41-000000-9999&token=" + lookup);
        assertEquals(404, wrong.statusCode());
        assertEquals(404, unknown.statusCode());
        assertFalse(wrong.body().contains("Nguyễn"), "no personal data");
        HttpResponse<String> apiWrong = portal.get(API + "/dossiers/" + code + "?site=" + SITE + "&token=sai");
        HttpResponse<String> apiUnknown = portal.get(API + "/dossiers/H99.41-000000-9999?site=" + SITE + "&token=" + lookup);
        assertProblem(apiWrong, 404);
        assertProblem(apiUnknown, 404);
        assertEquals(field(apiWrong.body(), "detail"), field(apiUnknown.body(), "detail"), "the same answer for both");
        assertEquals(404, portal.get(API + "/dossiers/" + code + "?site=so-noi-vu&token=" + lookup).statusCode(),
                "not found from another site");

        assertTrue(portal.get(trackPath + lookup).body().contains("Đã tiếp nhận"));

        // staff of the commune work the dossier; staff of another site cannot even see it
        SessionClient officer = staff(SITE, "site-admin");
        SessionClient other = staff("so-noi-vu", "site-admin");
        assertProblem(other.get(API + "/dossiers/" + code + "/detail?site=" + SITE), 403);
        assertProblem(portal.get(API + "/dossiers?site=" + SITE), 401);
        HttpResponse<String> inbox = officer.get(API + "/dossiers?site=" + SITE + "&status=RECEIVED");
        assertTrue(inbox.body().contains("\"receiptCode\":\"" + code + "\""), inbox.body());
        assertEquals(1, PortalScenario.count(inbox.body(), "\"receiptCode\":\"" + code + "\""), "one dossier, not two");
        HttpResponse<String> detail = officer.get(API + "/dossiers/" + code + "/detail?site=" + SITE);
        assertTrue(detail.body().contains("\"formVersion\":1") && detail.body().contains("001203001234")
                && detail.body().contains("\"complete\":true"), detail.body());
        String attachment = field(detail.body().substring(detail.body().indexOf("\"files\"")), "id");
        HttpResponse<String> file = officer.get(API + "/dossiers/" + code + "/attachments/" + attachment + "?site=" + SITE);
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("%PDF-"));

        String transitions = API + "/dossiers/" + code + "/transitions?site=" + SITE;
        assertProblem(officer.write("POST", transitions, "{\"status\":\"APPROVED\"}"), 409);
        assertEquals(200, officer.write("POST", transitions, "{\"status\":\"IN_REVIEW\",\"handler\":\"Lê Văn Xử\"}")
                .statusCode());
        HttpResponse<String> inReview = portal.get(trackPath + lookup);
        assertTrue(inReview.body().contains("Đang xử lý") && inReview.body().contains("Lê Văn Xử"),
                "the citizen sees the new status and the handler at once");
        assertProblem(officer.write("POST", transitions, "{\"status\":\"NEEDS_INFO\"}"), 400);
        assertEquals(200, officer.write("POST", transitions, "{\"status\":\"NEEDS_INFO\",\"comment\":\"Bổ sung bản sao "
                + "giấy chứng nhận kết hôn\"}").statusCode());
        HttpResponse<String> asked = portal.get(trackPath + lookup);
        assertTrue(asked.body().contains("Cần bổ sung") && asked.body().contains("Bổ sung bản sao giấy chứng nhận kết hôn")
                && asked.body().contains("Gửi bổ sung"), "the request and the form to answer it");

        HttpResponse<String> disguised = new FormPost().field("token", lookup).field("_return", "page")
                .file("giayChungSinh", "ban-sao.pdf", DISGUISED).send(portal.port, API + "/dossiers/" + code
                        + "/documents?site=" + SITE + "&lang=vi");
        assertTrue(FormPost.location(disguised).contains("loi=fileType"));
        HttpResponse<String> added = new FormPost().field("token", lookup).field("_return", "page")
                .file("giayChungSinh", "ban-sao.pdf", PDF).send(portal.port, API + "/dossiers/" + code
                        + "/documents?site=" + SITE + "&lang=vi");
        assertTrue(FormPost.location(added).contains("bo-sung=1"), FormPost.location(added));
        assertTrue(portal.get(trackPath + lookup).body().contains("Đang xử lý"), "back in review after the documents");
        assertEquals(200, officer.write("POST", transitions, "{\"status\":\"APPROVED\"}").statusCode());
        HttpResponse<String> returned = officer.write("POST", transitions, "{\"status\":\"RESULT_RETURNED\","
                + "\"comment\":\"Đã trả giấy khai sinh\"}");
        assertTrue(returned.body().contains("\"status\":\"RESULT_RETURNED\"") && returned.body().contains("\"next\":[]"));
        HttpResponse<String> finished = portal.get(trackPath + lookup);
        for (String s : new String[] {"Đã tiếp nhận", "Đang xử lý", "Cần bổ sung", "Đã duyệt", "Đã trả kết quả",
            "Đã trả giấy khai sinh"}) {
            assertTrue(finished.body().contains(s), "history shows " + s);
        }
        HttpResponse<String> en = portal.get("/s/" + SITE + "/en/ho-so/tra-cuu?ma=" + code + "&token=" + lookup);
        assertTrue(en.body().contains("Result returned") && en.body().contains("In review"), "in English too");

        eventsFollowEveryChange(code);
    }

    /** submitted, then IN_REVIEW, NEEDS_INFO, IN_REVIEW, APPROVED, RESULT_RETURNED — contracts.md payloads, no token. */
    private void eventsFollowEveryChange(String code) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String events = "";
        while (Instant.now().isBefore(until)) {
            events = portal.get("/api/v1/probe/events?site=tinh&type=eform.dossier").body();
            if (PortalScenario.count(events, "\\\"receiptCode\\\":\\\"" + code + "\\\"") >= 6) {
                break;
            }
            Thread.sleep(300);
        }
        String mine = String.join("\n", java.util.Arrays.stream(events.split("\\},\\{"))
                .filter(e -> e.contains(code)).toList());
        assertEquals(6, PortalScenario.count(mine, "\\\"receiptCode\\\":\\\"" + code + "\\\""), events);
        assertEquals(1, PortalScenario.count(mine, "\"type\":\"eform.dossier.submitted\""));
        assertEquals(5, PortalScenario.count(mine, "\"type\":\"eform.dossier.status-changed\""));
        for (String expected : new String[] {"\\\"previousStatus\\\":\\\"NEEDS_INFO\\\"", "\\\"statusLabelVi\\\":\\\"Cần bổ sung\\\"",
            "\\\"statusLabelEn\\\":\\\"Result returned\\\"", "\\\"agencyCode\\\":\\\"H99.41\\\"",
            "\\\"agencyName\\\":\\\"Ủy ban nhân dân xã Bình Minh (mẫu)\\\"", "\\\"handler\\\":\\\"Lê Văn Xử\\\"",
            "\\\"procedureName\\\":\\\"Đăng ký khai sinh (mẫu)\\\"", "\\\"channels\\\":[\\\"email\\\",\\\"sms\\\"]",
            "\\\"email\\\":\\\"me.mau@hoaan.example\\\"", "\\\"phone\\\":\\\"0912345678\\\"", "+07:00",
            "\\\"trackingUrl\\\":\\\"http://localhost:" + portal.port + "/s/" + SITE + "/ho-so/tra-cuu?ma=" + code + "\\\"",
            "\"siteKey\":\"" + SITE + "\""}) {
            assertTrue(mine.contains(expected), "events carry " + expected + ": " + mine);
        }
        assertFalse(mine.contains("token"), "the lookup token is never in an event");
    }

    void anApiClientSubmitsOnceAndBadInputIsExplained() throws Exception {
        String site = "so-khcn";
        String formKey = "dang-ky-ket-qua-khcn";
        HttpResponse<String> def = portal.get(API + "/forms/" + formKey + "?site=" + site);
        assertEquals(200, def.statusCode(), def.body());
        String token = field(def.body(), "submitToken");
        String path = API + "/dossiers?site=" + site;
        String key = UUID.randomUUID().toString();
        int before = count(site);

        assertProblem(valid(token).send(portal.port, path), 400); // no Idempotency-Key
        assertProblem(valid(token + "x").header("Idempotency-Key", key).send(portal.port, path), 403);
        HttpResponse<String> invalid = new FormPost().field("_form", formKey).field("_csrf", token)
                .field("toChuc", "").field("email", "khong-phai-thu").field("dienThoai", "12345")
                .header("Idempotency-Key", key).send(portal.port, path);
        assertProblem(invalid, 400);
        for (String s : new String[] {"\"toChuc\":\"Trường này bắt buộc.\"", "\"email\":\"Địa chỉ thư điện tử không đúng.\"",
            "\"dienThoai\":", "\"camDoan\":", "\"baoCao\":\"Hãy đính kèm tệp.\""}) {
            assertTrue(invalid.body().contains(s), s + " in " + invalid.body());
        }
        HttpResponse<String> english = new FormPost().field("_form", formKey).field("_csrf", token).field("toChuc", "")
                .header("Idempotency-Key", key).send(portal.port, path + "&lang=en");
        assertTrue(english.body().contains("This field is required."), english.body());
        HttpResponse<String> disguised = valid(token).file("baoCao", "bao-cao.pdf", DISGUISED)
                .header("Idempotency-Key", key).send(portal.port, path);
        assertProblem(disguised, 400);
        assertTrue(disguised.body().contains("Loại tệp không được chấp nhận"), disguised.body());
        HttpResponse<String> huge = valid(token).file("baoCao", "lon.pdf", big(11 * 1024 * 1024))
                .header("Idempotency-Key", key).send(portal.port, path);
        assertProblem(huge, 400);
        assertTrue(huge.body().contains("Tệp lớn hơn 10 MB"), huge.body());
        assertEquals(before, count(site), "nothing half-stored by refused submissions");

        HttpResponse<String> created = valid(token).file("baoCao", "bao-cao.pdf", PDF).header("Idempotency-Key", key)
                .send(portal.port, path);
        assertEquals(201, created.statusCode(), created.body());
        String code = field(created.body(), "receiptCode");
        assertTrue(code.startsWith("H99.03-"), code);
        HttpResponse<String> repeated = valid(token).file("baoCao", "bao-cao.pdf", PDF).header("Idempotency-Key", key)
                .send(portal.port, path);
        assertEquals(200, repeated.statusCode());
        assertEquals(code, field(repeated.body(), "receiptCode"));
        assertEquals(field(created.body(), "token"), field(repeated.body(), "token"));
        assertEquals(before + 1, count(site), "one dossier for two posts");
        HttpResponse<String> tracked = portal.get(API + "/dossiers/" + code + "?site=" + site + "&token="
                + field(created.body(), "token"));
        assertEquals(200, tracked.statusCode());
        assertTrue(tracked.body().contains("\"status\":\"RECEIVED\""));
        assertNotEquals(field(created.body(), "token"), code);
    }

    void formsAreVersionedAndDossiersKeepTheirVersion() throws Exception {
        String site = "so-khcn";
        String formKey = "dang-ky-ket-qua-khcn";
        HttpResponse<String> v1 = portal.adminGet(API + "/forms/" + formKey + "/versions/1?site=" + site);
        assertEquals(200, v1.statusCode(), v1.body());
        String json = v1.body().substring(v1.body().indexOf("\"definition\":") + 13, v1.body().length() - 1)
                .replace("\"Tên nhiệm vụ\"", "\"Tên đầy đủ của nhiệm vụ\"");
        assertProblem(portal.adminSend("POST", API + "/forms?site=" + site, json.replace("\"help\"", "\"colour\":1,\"help\"")),
                400);
        HttpResponse<String> v2 = portal.adminSend("POST", API + "/forms?site=" + site, json);
        assertEquals(201, v2.statusCode(), v2.body());
        assertTrue(v2.body().contains("\"version\":2") && v2.body().contains("\"status\":\"DRAFT\""), v2.body());
        assertFalse(portal.get("/s/" + site + "/dich-vu-cong/" + formKey).body().contains("Tên đầy đủ của nhiệm vụ"),
                "a draft version is not public");
        SessionClient processor = staff(site, "site-admin");
        assertEquals(200, processor.write("POST", API + "/forms/" + formKey + "/versions/2/publish?site=" + site, "{}")
                .statusCode());
        assertTrue(portal.get("/s/" + site + "/dich-vu-cong/" + formKey).body().contains("Tên đầy đủ của nhiệm vụ"),
                "the published version is shown at once");
        String versions = processor.get(API + "/forms/" + formKey + "/versions?site=" + site).body();
        assertTrue(versions.contains("\"status\":\"PUBLISHED\",\"version\":2}") && versions.contains("\"current\":true"),
                versions);
        String inbox = processor.get(API + "/dossiers?site=" + site).body();
        String code = field(inbox, "receiptCode");
        assertTrue(processor.get(API + "/dossiers/" + code + "/detail?site=" + site).body().contains("\"formVersion\":1"),
                "a dossier keeps the version it was made with");
    }

    // ---- signed-in citizens (issue 7 point 1) ---------------------------------------------------

    /** A step posted by a signed-in browser: the session cookie, and its CSRF token in the address. */
    String stepAs(SessionClient c, String token, int step, FormPost post) throws Exception {
        post.header("Cookie", c.cookie()).field("_form", FORM).field("_step", Integer.toString(step)).field("_draft", token);
        HttpResponse<String> r = post.send(portal.port, API + "/drafts?site=" + SITE + "&lang=vi&_csrf="
                + URLEncoder.encode(c.csrf, StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
        return FormPost.location(r);
    }

    void aSignedInCitizenAppliesWithTheirAccountAndFindsTheDossierUnderIt() throws Exception {
        String formPath = "/s/" + SITE + "/dich-vu-cong/" + FORM;
        SessionClient citizen = identity.signedInUser("cd-" + UUID.randomUUID().toString().substring(0, 6),
                "Cong-Dan-Mau-2026!");
        String sessionToken = "&amp;_csrf=" + URLEncoder.encode(citizen.csrf, StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = portal.get(formPath);
        assertFalse(anonymous.body().contains("&amp;_csrf="), "no session token in a page for anonymous visitors");
        HttpResponse<String> page = citizen.get(formPath);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(sessionToken), "the form's address carries the session's token");
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "never cached");
        assertTrue(page.body().contains("value=\"Nguyễn Văn Thử\""), "the name is filled in from the profile");
        assertFalse(portal.get(formPath).body().contains(citizen.csrf), "the anonymous copy stays without it");

        // the kernel refuses a signed-in post without the token; with it the steps go as for anyone
        String formToken = hidden(page.body(), "_csrf");
        HttpResponse<String> forged = new FormPost().header("Cookie", citizen.cookie()).field("_form", FORM)
                .field("_step", "0").field("_csrf", formToken).field("_action", "save")
                .send(portal.port, API + "/drafts?site=" + SITE + "&lang=vi");
        assertProblem(forged, 403);
        HttpResponse<String> started = new FormPost().header("Cookie", citizen.cookie()).field("_form", FORM)
                .field("_step", "0").field("_csrf", formToken).field("hoTen", "Nguyễn Văn Thử")
                .field("soCccd", "001090000777").field("dienThoai", "0987 654 321").field("diaChi.commune", "99001")
                .field("diaChi.detail", "Xóm Bắc, số 9").field("quanHe", "cha").field("_action", "next")
                .send(portal.port, API + "/drafts?site=" + SITE + "&lang=vi&_csrf="
                        + URLEncoder.encode(citizen.csrf, StandardCharsets.UTF_8));
        assertEquals(303, started.statusCode(), started.body());
        String next = FormPost.location(started);
        assertTrue(next.contains("buoc=2") && !next.contains("loi"), next);
        String token = param(next, "nhap");
        assertTrue(citizen.get(next).body().contains(sessionToken), "every step of a signed-in applicant");
        stepAs(citizen, token, 1, new FormPost().field("tenTre", "Nguyễn Văn Bé").field("ngaySinh",
                java.time.LocalDate.now().minusDays(1).toString()).field("gioiTinh", "nu").field("_action", "next"));
        stepAs(citizen, token, 2, new FormPost().file("giayChungSinh", "chung-sinh.pdf", PDF).field("daKetHon", "khong")
                .field("_action", "next"));
        String receipt = stepAs(citizen, token, 3, new FormPost().field("camDoan", "true").field("_action", "submit"));
        assertTrue(receipt.contains("/ho-so/bien-nhan?"), receipt);
        String code = param(receipt, "ma");

        // "my dossiers" lists it; its owner opens it without the token, nobody else does
        String mine = citizen.get("/s/" + SITE + "/ho-so/cua-toi").body();
        assertTrue(mine.contains(">" + code + "</a>") && mine.contains("Đăng ký khai sinh (mẫu)")
                && mine.contains("ho-so/tra-cuu?ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8)), mine);
        String own = "/s/" + SITE + "/ho-so/tra-cuu?ma=" + code;
        assertTrue(citizen.get(own).body().contains("status-received"), "the owner sees the status");
        assertFalse(portal.get(own).body().contains("status-received"), "anonymous: only the look-up form");
        SessionClient stranger = identity.signedInUser("la-" + UUID.randomUUID().toString().substring(0, 6),
                "Nguoi-La-Mat-2026!");
        assertFalse(stranger.get(own).body().contains("status-received"), "another account: only the look-up form");
        assertFalse(stranger.get("/s/" + SITE + "/ho-so/cua-toi").body().contains(code));
        assertEquals(200, citizen.get(API + "/dossiers/" + code + "?site=" + SITE).statusCode(), "over REST too");
        assertProblem(stranger.get(API + "/dossiers/" + code + "?site=" + SITE), 404);

        // asked for a document, the owner adds it from the account (no token), through the plain form
        SessionClient officer = staff(SITE, "site-admin");
        String transitions = API + "/dossiers/" + code + "/transitions?site=" + SITE;
        assertEquals(200, officer.write("POST", transitions, "{\"status\":\"NEEDS_INFO\",\"comment\":\"Bổ sung giấy "
                + "chứng sinh bản rõ hơn\"}").statusCode());
        String asked = citizen.get(own).body();
        assertTrue(asked.contains("Gửi bổ sung") && asked.contains("/documents?site=" + SITE + "&amp;lang=vi" + sessionToken),
                "the supplement form carries the session token");
        assertFalse(asked.contains("name=\"token\""), "and no lookup token, which the owner need not have");
        HttpResponse<String> added = new FormPost().header("Cookie", citizen.cookie()).field("_return", "page")
                .file("giayChungSinh", "chung-sinh-2.pdf", PDF).send(portal.port, API + "/dossiers/" + code
                        + "/documents?site=" + SITE + "&lang=vi&_csrf=" + URLEncoder.encode(citizen.csrf, StandardCharsets.UTF_8));
        String back = FormPost.location(added);
        assertTrue(back.contains("bo-sung=1") && !back.contains("token="), back);
        assertTrue(citizen.get(back).body().contains("Đã nhận giấy tờ bổ sung"));
        HttpResponse<String> strangerAdds = new FormPost().header("Cookie", stranger.cookie()).field("_return", "page")
                .file("giayChungSinh", "x.pdf", PDF).send(portal.port, API + "/dossiers/" + code + "/documents?site=" + SITE
                        + "&_csrf=" + URLEncoder.encode(stranger.csrf, StandardCharsets.UTF_8));
        assertProblem(strangerAdds, 404);
        String detail = officer.get(API + "/dossiers/" + code + "/detail?site=" + SITE).body();
        assertTrue(detail.contains("\"status\":\"IN_REVIEW\"") && detail.contains("chung-sinh-2.pdf"), detail);
    }

    // ---- prefill sources of other plugins (issue 7 point 2) -------------------------------------

    /** The test plugin "connectorprobe" implements PrefillSource; a form naming "thu:…" is filled from it. */
    void aConnectorPluginFillsFormFields() throws Exception {
        String site = "so-noi-vu";
        String form = "{\"key\":\"mau-ket-noi\",\"procedure\":\"1.000003.000.00.00.H99\",\"title\":\"Mẫu kết nối (thử)\","
                + "\"applicant\":{\"name\":\"ten\"},\"steps\":[{\"fields\":["
                + "{\"name\":\"loiChao\",\"type\":\"info\",\"prefill\":\"thu:chao\",\"label\":\"Lời chào\",\"help\":\"Từ plugin khác\"},"
                + "{\"name\":\"taiKhoan\",\"prefill\":\"thu:taiKhoan\",\"label\":\"Tài khoản\",\"help\":\"Tên đăng nhập\"},"
                + "{\"name\":\"ten\",\"label\":\"Tên\",\"help\":\"Họ tên\",\"required\":true}]}]}";
        assertEquals(201, portal.adminSend("POST", API + "/forms?site=" + site, form).statusCode());
        assertEquals(200, portal.adminSend("POST", API + "/forms/mau-ket-noi/versions/1/publish?site=" + site, "{}")
                .statusCode());
        String page = portal.get("/s/" + site + "/dich-vu-cong/mau-ket-noi").body();
        assertTrue(page.contains("Xin chào từ plugin kết nối (thử) – 1.000003.000.00.00.H99"), page);
        assertTrue(page.contains("value=\"\" id=\"f-taiKhoan\""), "nothing personal for an anonymous visitor");
        String user = "kn-" + UUID.randomUUID().toString().substring(0, 6);
        SessionClient c = identity.signedInUser(user, "Ket-Noi-Thu-2026!");
        assertTrue(c.get("/s/" + site + "/dich-vu-cong/mau-ket-noi").body().contains("value=\"" + user + "\""),
                "the signed-in user's sign-in name reaches the connector");
    }

    // ---- downloadable forms (issue 7 point 3) and the procedure pages (point 4) ------------------

    /** A minimal DOCX: the parts a word processor needs to recognise it. */
    static byte[] docx(String text) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                    + "<w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    HttpResponse<String> upload(SessionClient staff, String site, FormPost post) throws Exception {
        return post.header("Cookie", staff.cookie()).header("X-CSRF-Token", staff.csrf)
                .send(portal.port, API + "/files?site=" + site + "&lang=vi");
    }

    static HttpResponse<byte[]> download(int port, String url, String... headers) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.startsWith("http") ? url
                : "http://127.0.0.1:" + port + url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    void staffPublishDownloadableFormsAndProcedurePagesLeadToThem() throws Exception {
        String birth = "1.000001.000.00.00.H99";
        String marriage = "1.000002.000.00.00.H99";
        String procedurePage = "/thu-tuc-hanh-chinh/" + marriage;
        HttpResponse<String> before = portal.get(procedurePage);
        assertEquals(200, before.statusCode());
        assertFalse(before.body().contains("Tờ khai đăng ký kết hôn"));
        assertEquals("HIT", portal.get(procedurePage).headers().firstValue("X-Cache").orElse(""), "the page is cached");

        SessionClient designer = staff(SITE, "site-admin");
        SessionClient otherSite = staff("so-noi-vu", "site-admin");
        byte[] v1 = docx("Tờ khai đăng ký khai sinh – bản 1");
        // refused: a program named .docx, an unknown procedure, no title for a new form, no file; nothing stored
        HttpResponse<String> disguised = upload(designer, SITE, new FormPost().field("procedure", birth)
                .field("titleVi", "Tờ khai").file("file", "to-khai.docx", DISGUISED));
        assertProblem(disguised, 400);
        assertTrue(disguised.body().contains("\"file\":\"Tệp phải là PDF, DOCX, XLSX, ODT hoặc ODS"), disguised.body());
        HttpResponse<String> unknown = upload(designer, SITE, new FormPost().field("procedure", "9.999")
                .file("file", "a.docx", v1));
        assertProblem(unknown, 400);
        assertTrue(unknown.body().contains("\"procedure\":") && unknown.body().contains("\"titleVi\":"), unknown.body());
        assertProblem(upload(designer, SITE, new FormPost().field("procedure", birth).field("titleVi", "Tờ khai")), 400);
        assertProblem(upload(otherSite, SITE, new FormPost().field("procedure", birth).field("titleVi", "Tờ khai")
                .file("file", "a.docx", v1)), 403);
        assertEquals("[]", designer.get(API + "/files?site=" + SITE).body(), "nothing half-stored");

        HttpResponse<String> first = upload(designer, SITE, new FormPost().field("procedure", birth)
                .field("titleVi", "Tờ khai đăng ký khai sinh (mẫu)").field("titleEn", "Birth registration declaration")
                .file("file", "TK-KS-01.docx", v1));
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"key\":\"to-khai-dang-ky-khai-sinh-mau\"") && first.body().contains(
                "\"currentVersion\":1"), first.body());
        String url = field(first.body(), "url");
        HttpResponse<byte[]> got = download(portal.port, url);
        assertEquals(200, got.statusCode());
        assertTrue(java.util.Arrays.equals(v1, got.body()), "the bytes uploaded");
        assertTrue(got.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"));
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").contains(
                "filename=\"to-khai-dang-ky-khai-sinh-mau.docx\""));
        String etag = got.headers().firstValue("ETag").orElseThrow();

        // a new upload under the same key is version 2 and is what the same address gives from now on
        HttpResponse<String> second = upload(designer, SITE, new FormPost().field("procedure", birth)
                .field("key", "to-khai-dang-ky-khai-sinh-mau").file("file", "TK-KS-01 sửa đổi.pdf", PDF));
        assertEquals(201, second.statusCode(), second.body());
        assertTrue(second.body().contains("\"currentVersion\":2") && second.body().contains(
                "\"titleVi\":\"Tờ khai đăng ký khai sinh (mẫu)\""), "the title is kept: " + second.body());
        assertEquals(url, field(second.body(), "url"), "the address does not change");
        HttpResponse<byte[]> now = download(portal.port, url, "If-None-Match", etag);
        assertEquals(200, now.statusCode(), "the old ETag no longer matches");
        assertTrue(java.util.Arrays.equals(PDF, now.body()));
        assertEquals(304, download(portal.port, url, "If-None-Match", now.headers().firstValue("ETag").orElseThrow())
                .statusCode());
        String versions = designer.get(API + "/files/" + birth + "/to-khai-dang-ky-khai-sinh-mau/versions?site=" + SITE)
                .body();
        assertEquals(2, PortalScenario.count(versions, "\"version\":"), versions);
        assertTrue(versions.contains("\"fileName\":\"TK-KS-01.docx\"") && versions.contains("\"current\":true"));
        HttpResponse<String> old = designer.get(API + "/files/" + birth + "/to-khai-dang-ky-khai-sinh-mau/versions/1?site="
                + SITE);
        assertEquals(200, old.statusCode(), "old versions are kept for staff");
        assertProblem(portal.get(API + "/files/" + birth + "/to-khai-dang-ky-khai-sinh-mau/versions/1?site=" + SITE), 401);
        assertProblem(portal.get(API + "/files/" + birth + "/khong-co?site=" + SITE), 404);

        // a procedure with forms to download only (level 2)
        HttpResponse<String> level2 = upload(designer, SITE, new FormPost().field("procedure", marriage)
                .field("titleVi", "Tờ khai đăng ký kết hôn (mẫu)").file("file", "TK-KH-01.docx", docx("Tờ khai kết hôn")));
        assertEquals(201, level2.statusCode(), level2.body());

        // the site's services page, the procedure pages (any site) and the content's procedure page lead there
        String services = portal.get("/s/" + SITE + "/dich-vu-cong").body();
        assertTrue(services.contains("Tờ khai đăng ký khai sinh (mẫu)</a> <span class=\"meta\">(PDF,")
                && services.contains("phiên bản 2") && services.contains("Đăng ký kết hôn (mẫu)")
                && services.contains("Tờ khai đăng ký kết hôn (mẫu)"), services);
        HttpResponse<String> after = portal.get(procedurePage);
        assertTrue(after.body().contains("Tờ khai đăng ký kết hôn (mẫu)") && after.body().contains("eform-procedure"),
                "the cached procedure page was dropped when the file came");
        assertFalse(after.body().contains("Nộp hồ sơ trực tuyến</a>"), "no online form for this one");
        String birthPage = portal.get("/thu-tuc-hanh-chinh/" + birth).body();
        assertTrue(birthPage.contains("/s/" + SITE + "/dich-vu-cong/" + FORM + "\"") && birthPage.contains(
                "to-khai-dang-ky-khai-sinh-mau?site=" + SITE), "the province's procedure page links to the commune's");
        String item = portal.get("/s/" + SITE + "/thu-tuc/dang-ky-khai-sinh").body();
        assertTrue(item.contains("thu-tuc-hanh-chinh/" + birth + "\">Đăng ký khai sinh (mẫu)</a>"), item);
        String json = portal.get(API + "/procedures/" + birth + "?site=tinh").body();
        assertTrue(json.contains("\"onlineForms\":[{") && json.contains("\"siteKey\":\"" + SITE + "\"")
                && json.contains("\"version\":2"), json);
    }

    private FormPost valid(String token) {
        return new FormPost().field("_form", "dang-ky-ket-qua-khcn").field("_csrf", token)
                .field("toChuc", "Viện Nghiên cứu Mẫu").field("email", "vien@hoaan.example")
                .field("tenNhiemVu", "Nghiên cứu giống lúa chịu mặn (mẫu)").field("camDoan", "true");
    }

    private int count(String site) throws Exception {
        return PortalScenario.count(portal.adminGet(API + "/dossiers?site=" + site + "&limit=200").body(), "\"receiptCode\"");
    }

    private static byte[] big(int size) {
        byte[] b = new byte[size];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }
}
