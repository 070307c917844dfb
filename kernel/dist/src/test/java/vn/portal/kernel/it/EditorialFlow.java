package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editorial flow through the content plugin's admin page, as people do it: an editor
 * writes and submits, a publisher compares, approves and publishes. Steps for
 * {@link BrowserIT}; each screenshot lands in target/screenshots.
 */
final class EditorialFlow {

    static final String SITE = "so-noi-vu";
    static final String PAGE = "/admin/plugin.xhtml?plugin=content&page=items";
    static final String TITLE = "Sở Nội vụ tập huấn công tác văn thư, lưu trữ năm 2026";
    static final String SLUG = "so-noi-vu-tap-huan-cong-tac-van-thu-luu-tru-nam-2026";
    static final String FIRST = "Hội nghị đã phổ biến các quy định mới về lập và nộp lưu hồ sơ điện tử.";
    static final String SECOND = "Các đại biểu đã thảo luận về số hóa tài liệu lưu trữ của các sở, ngành.";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final BrowserIT it;

    EditorialFlow(BrowserIT it) {
        this.it = it;
    }

    /**
     * A user with a role on the site and a password of their own: created by the administrator
     * over REST, then the one-time password changed as the user.
     */
    void staff(String username, String displayName, String role, String password) throws Exception {
        String created = it.adminPost("/api/v1/users", "application/json", ("{\"username\":\"" + username
                + "\",\"displayName\":\"" + displayName + "\",\"email\":\"" + username + "@hoaan.example\"}")
                .getBytes(StandardCharsets.UTF_8));
        String temporary = PortalScenario.field(created, "temporaryPassword");
        String id = PortalScenario.field(created.substring(created.indexOf("\"user\"")), "id");
        it.adminPost("/api/v1/grants", "application/json", ("{\"principalType\":\"USER\",\"principalId\":\"" + id
                + "\",\"role\":\"" + role + "\",\"site\":\"" + SITE + "\",\"inherit\":true}")
                .getBytes(StandardCharsets.UTF_8));
        SessionClient c = new SessionClient(it.portal.port);
        assertEquals(200, c.login(username, temporary).statusCode());
        HttpResponse<String> changed = c.write("POST", "/api/v1/auth/password", "{\"username\":\"" + username
                + "\",\"current\":\"" + temporary + "\",\"next\":\"" + password + "\"}");
        assertEquals(204, changed.statusCode(), changed.body());
    }

    /** The editor writes the article with a picture, saves, previews, edits once more and submits it. */
    String write(Browser b, Path photo, Path notAPicture) throws Exception {
        b.open(it.local(PAGE));
        b.waitFor("Nội dung của Sở Nội vụ (mẫu)", WAIT);
        b.click("[id='listForm:create']");
        b.waitFor("Bài mới: Tin bài", WAIT);
        // nothing typed yet: each problem at its field, nothing saved
        b.click("[id='editForm:save']");
        String refused = b.waitFor("Chưa lưu được: hãy xem các ô được đánh dấu đỏ.", WAIT);
        assertTrue(refused.contains("Cần nhập tiêu đề.") && refused.contains("Cần nhập nội dung."), "title and body");
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-invalid.png"));
        b.type("[id='editForm:title']", TITLE);
        b.type("[id='editForm:summary']", "Sáng nay, Sở Nội vụ tỉnh Hòa An tổ chức hội nghị tập huấn nghiệp vụ văn thư,"
                + " lưu trữ cho cán bộ các sở, ngành.");
        b.waitFor("/tin-tuc/" + SLUG, WAIT);
        b.typeOver("[data-field='body'] .ql-editor", FIRST);

        // a text file named .png is refused by its content, in words a person understands
        b.upload("[data-field='featuredImage'] input[type='file']", notAPicture);
        b.waitFor("Tệp “anh-gia.png” không phải là ảnh (PNG, JPEG, GIF, WebP), PDF hay tài liệu văn phòng", WAIT);
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-upload-refused.png"));
        b.upload("[data-field='featuredImage'] input[type='file']", photo);
        b.waitFor("class=\"ce-thumb\"", WAIT);
        b.type("[data-field='featuredImageAlt'] input", "Toàn cảnh hội nghị tập huấn");
        b.type("[data-field='byline'] input", "Văn phòng Sở Nội vụ (mẫu)");
        // the sector from the shared catalog, found without diacritics
        b.type("[data-field='sector'] input[type='text']", "thi dua");
        b.waitFor("THICONG — Thi đua – khen thưởng (mẫu)", WAIT);
        b.click("[id$=':catalog_panel'] [data-item-value='THICONG']");
        Thread.sleep(500);
        b.click("[id='editForm:save']");
        String saved = b.waitFor("Đã lưu (phiên bản 1).", WAIT);
        assertTrue(saved.contains("/api/v1/content/media/") && saved.contains("Gửi duyệt"), "the picture and the next step");
        Thread.sleep(500);
        scrollTop(b);
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-form.png"));
        String preview = match(saved, "href=\"(/s/" + SITE + "/xem-truoc/[^\"]+)\"");

        // the preview: the public page's code in the site's theme, the picture read as staff
        b.open(it.local(preview));
        String shown = b.waitFor("Bản xem trước", WAIT);
        assertTrue(shown.contains(FIRST) && shown.contains("alt=\"Toàn cảnh hội nghị tập huấn\""), "as it will be published");
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-preview.png"));

        // a second revision, then the item goes to the publisher
        b.open(it.local(PAGE));
        b.waitFor(TITLE, WAIT);
        b.click("[id='listForm:items:0:open']");
        b.waitFor("Phiên bản 1", WAIT);
        b.typeOver("[data-field='body'] .ql-editor", FIRST + "\uE007" + SECOND);
        b.type("[data-field='source'] input", "Cổng thông tin Sở Nội vụ (mẫu)");
        b.type("[id='editForm:note']", "Bổ sung nội dung thảo luận và nguồn tin");
        b.click("[id='editForm:save']");
        b.waitFor("Đã lưu (phiên bản 2).", WAIT);
        b.click("button[data-action='submit']");
        b.waitFor("Thực hiện “Gửi duyệt” với bài", WAIT);
        Thread.sleep(500);
        b.click("[id='actionForm:confirm']");
        b.waitFor("bài chuyển sang trạng thái “Chờ duyệt”", WAIT);
        return preview;
    }

    /** The publisher compares the two revisions, finds a reason required to send it back, approves and publishes. */
    void publish(Browser b) throws Exception {
        b.open(it.local(PAGE));
        b.waitFor(TITLE, WAIT);
        b.click("[id='listForm:items:0:open']");
        String opened = b.waitFor("data-action=\"approve\"", WAIT);
        assertTrue(opened.contains("data-action=\"reject\"") && !opened.contains("data-action=\"publish\""),
                "approve or send back, nothing else yet");
        scrollTop(b);
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-workflow.png"));

        b.click("[id='historyForm:compare']");
        String compared = b.waitFor("Có 2 trường khác nhau", WAIT);
        assertTrue(compared.contains(SECOND) && compared.contains("Đã thay đổi"), "body and source changed between #1 and #2");
        b.scrollTo("[id='historyForm'] h3:nth-of-type(2)");
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-compare.png"));

        b.click("button[data-action='reject']");
        b.waitFor("Lý do (bắt buộc)", WAIT);
        Thread.sleep(500);
        b.click("[id='actionForm:confirm']");
        b.waitFor("Hãy ghi rõ lý do.", WAIT);
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-reason-required.png"));
        b.click("[id='actionForm:cancel']");
        Thread.sleep(500);

        b.click("button[data-action='approve']");
        b.waitFor("Thực hiện “Duyệt” với bài", WAIT);
        Thread.sleep(500);
        b.type("[id='actionForm:comment']", "Nội dung đạt yêu cầu.");
        b.click("[id='actionForm:confirm']");
        b.waitFor("bài chuyển sang trạng thái “Đã duyệt”", WAIT);
        b.click("button[data-action='publish']");
        b.waitFor("Thực hiện “Đăng” với bài", WAIT);
        Thread.sleep(500);
        b.click("[id='actionForm:confirm']");
        String published = b.waitFor("bài chuyển sang trạng thái “Đã đăng”", WAIT);
        assertTrue(published.contains("/s/" + SITE + "/tin-tuc/" + SLUG), "the published page is linked");
        assertTrue(published.contains("Nội dung đạt yêu cầu."), "the approval's comment is in the history");

        // the list, in English this time
        b.click("[id='topForm:langEn']");
        String list = b.waitFor("Content of Department of Home Affairs (sample)", WAIT);
        assertTrue(list.contains(TITLE) && list.contains(">Published<"), "the item, published");
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-list-en.png"));
        b.click("[id='topForm:langVi']");
        b.waitFor("Nội dung của Sở Nội vụ (mẫu)", WAIT);
    }

    /**
     * The editor still has the item open from before it was approved and published: saving that
     * old version is refused, saying who changed it; reloading shows the item as it is now.
     */
    void staleSave(Browser b) throws Exception {
        b.type("[data-field='byline'] input", "Phòng Văn thư (mẫu)");
        b.click("[id='editForm:save']");
        String stale = b.waitFor("Người khác (xuat.ban.noi.vu) đã sửa bài này lúc", WAIT);
        assertTrue(stale.contains("Người khác đã sửa bài này trong lúc bạn đang sửa — bài chưa được lưu."), stale);
        scrollTop(b);
        b.screenshot(BrowserIT.SHOTS.resolve("content-editor-stale.png"));
        b.click("[id='editForm:reload']");
        String reloaded = b.waitFor("Đã đăng", WAIT);
        assertTrue(reloaded.contains("value=\"Văn phòng Sở Nội vụ (mẫu)\""), "the stored byline, not the refused one");
    }

    static void scrollTop(Browser b) throws Exception {
        b.scrollTo("body");
    }

    private static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        assertTrue(m.find(), "no " + regex);
        return m.group(1);
    }
}
