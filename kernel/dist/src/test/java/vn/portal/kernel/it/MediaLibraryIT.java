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
 * The media library in headless Chromium: an editor uploads a picture to the library, describes
 * it, finds it without diacritics, picks it for an article's featured image and puts it into the
 * article's text; the library then shows where it is used and will not delete it. Screenshots land
 * in kernel/dist/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaLibraryIT {

    static final Path SHOTS = BrowserIT.SHOTS;
    static final String SITE = "so-noi-vu";
    static final String LIBRARY = "/admin/plugin.xhtml?plugin=content&page=media";
    static final String EDITOR = "/admin/plugin.xhtml?plugin=content&page=items";
    static final Duration WAIT = Duration.ofSeconds(15);
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalProcess(Files.createTempDirectory("portal-it-media"));
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
    void anEditorUploadsToTheLibraryAndReusesThePictureInAnArticle() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "thuvien-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Thu-Vien-Media-2026!";
        SessionClient api = identity.signedInUser(user, password);
        identity.grant(PortalScenario.field(api.get("/api/v1/auth/me").body(), "id"), "editor", SITE);
        Path files = Files.createTempDirectory("media-files");
        Path photo = Files.write(files.resolve("hội-nghị-thư-viện.png"), picture());
        Path fake = Files.writeString(files.resolve("anh-gia.png"), "Đây là chữ, không phải ảnh.");

        try (Browser b = new Browser(1280, 1100)) {
            b.open(local("/admin/login.xhtml"));
            b.waitFor("Đăng nhập quản trị", WAIT);
            b.type("[id='loginForm:username']", user);
            b.type("[id='loginForm:password']", password);
            b.click("[id='loginForm:signIn']");
            String dashboard = b.waitFor("Bảng điều khiển", WAIT);
            assertTrue(dashboard.contains("Thư viện media"), "the library is in the admin menu");

            b.open(local(LIBRARY));
            b.waitFor("Tải tệp lên", WAIT);
            b.upload("[id='mediaLibrary:upload'] input[type='file']", fake);
            b.waitFor("Tệp “anh-gia.png” không phải là ảnh", WAIT);
            b.screenshot(SHOTS.resolve("media-library-refused.png"));
            b.upload("[id='mediaLibrary:upload'] input[type='file']", photo);
            String uploaded = b.waitFor("Đã tải lên “hội-nghị-thư-viện.png”", WAIT);
            String id = match(uploaded, "data-media=\"([A-Za-z0-9-]+)\"");
            assertTrue(uploaded.contains(id + "?site=" + SITE + "&amp;w=320"), "the grid shows the 320 pixel copy");
            assertTrue(uploaded.contains("Chưa có mô tả"), "a picture without description is marked");
            // the 320 px copy is made on its first request: wait until the grid shows it
            for (int i = 0; i < 50 && !"true".equals(script(b, "document.querySelector('.ml-thumb').complete"
                    + " && document.querySelector('.ml-thumb').naturalWidth === 320")); i++) {
                Thread.sleep(200);
            }
            assertEquals("320", script(b, "document.querySelector('.ml-thumb').naturalWidth"), "the thumbnail is 320 px wide");
            b.screenshot(SHOTS.resolve("media-library-uploaded.png"));

            // describe it
            b.click("li[data-media='" + id + "'] a");
            b.waitFor("Được dùng trong", WAIT);
            Thread.sleep(500);
            b.type("[id='mediaDetail:title']", "Hội nghị tập huấn thư viện");
            b.type("[id='mediaDetail:alt']", "Đại biểu dự hội nghị tập huấn tại hội trường Sở Nội vụ");
            b.click("[id='mediaDetail:save']");
            b.waitFor("Đã lưu tiêu đề và mô tả.", WAIT);
            b.screenshot(SHOTS.resolve("media-library-describe.png"));
            script(b, "PF('mediaDialog').hide(), ''");
            Thread.sleep(400);

            // found without diacritics
            b.type("[id='mediaLibrary:query']", "hoi nghi tap huan");
            b.click("[id='mediaLibrary:find']");
            // the site's library also holds the demo content's pictures: wait for the filtered grid
            for (int i = 0; i < 50 && !"1".equals(script(b, "String(document.querySelectorAll('.ml-thumb').length)")); i++) {
                Thread.sleep(200);
            }
            assertEquals("1", script(b, "String(document.querySelectorAll('.ml-thumb').length)"), "only the match is listed");
            String found = b.waitFor("Hội nghị tập huấn thư viện", WAIT);
            assertTrue(!found.contains("Chưa có mô tả"), "described now");

            // the editor picks it for the featured image instead of uploading it again
            b.open(local(EDITOR));
            b.waitFor("Nội dung của Sở Nội vụ (mẫu)", WAIT);
            b.click("[id='listForm:create']");
            b.waitFor("Bài mới: Tin bài", WAIT);
            b.type("[id='editForm:title']", "Tập huấn sử dụng thư viện media");
            b.typeOver("[data-field='body'] .ql-editor", "Các đơn vị đã được hướng dẫn dùng lại ảnh.");
            b.click("[data-field='featuredImage'] button[id$='chooseMedia']");
            b.waitFor("Chọn từ thư viện media", WAIT);
            Thread.sleep(500);
            b.screenshot(SHOTS.resolve("media-editor-choose.png"));
            b.click("[id='libraryForm'] li[data-media='" + id + "'] a");
            b.waitFor("class=\"ce-thumb\"", WAIT);
            assertEquals("Đại biểu dự hội nghị tập huấn tại hội trường Sở Nội vụ",
                    script(b, "document.querySelector(\"[data-field='featuredImageAlt'] input\").value"),
                    "the item's description comes from the library");

            // and puts it into the text, with its description
            b.click("[data-field='body'] .ce-insert-image");
            b.waitFor("Chèn ảnh từ thư viện", WAIT);
            Thread.sleep(500);
            b.click("[id='libraryForm'] li[data-media='" + id + "'] a");
            b.waitFor("libraryForm:libraryAlt", WAIT);
            b.click("[id='libraryForm:libraryInsert']");
            Thread.sleep(800);
            String html = script(b, "document.querySelector(\"[data-field='body'] .ql-editor\").innerHTML");
            assertTrue(html.contains("/api/v1/content/media/" + id) && html.contains(
                    "alt=\"Đại biểu dự hội nghị tập huấn tại hội trường Sở Nội vụ\""), html);
            assertEquals("true", script(b, "String(document.querySelector(\"[data-field='body'] .ql-editor img\")"
                    + ".naturalWidth > 0)"), "the picture shows in the editor");
            b.click("[id='editForm:save']");
            String saved = b.waitFor("Đã lưu (phiên bản 1).", WAIT);
            assertTrue(saved.contains("/api/v1/content/media/" + id), saved);
            b.scrollTo("[data-field='body']");
            b.screenshot(SHOTS.resolve("media-editor-inserted.png"));

            // the library tells where it is used and keeps it
            b.open(local(LIBRARY));
            b.waitFor("Hội nghị tập huấn thư viện", WAIT);
            b.click("li[data-media='" + id + "'] a");
            String detail = b.waitFor("Tập huấn sử dụng thư viện media", WAIT);
            assertTrue(detail.contains("Tệp đang được dùng nên chưa xóa được"), "deletion refused while used");
            Thread.sleep(500);
            b.screenshot(SHOTS.resolve("media-library-usage.png"));
        }
        String items = api.get("/api/v1/content/items?site=" + SITE + "&q=" + ContentScenario.enc("thư viện media")).body();
        assertTrue(items.contains("/api/v1/content/public/media/") && items.contains("featuredImageAlt"), items);

        try (Browser phone = new Browser(375, 800)) {
            phone.viewport(375, 800);
            phone.open(local("/admin/login.xhtml"));
            phone.waitFor("Đăng nhập quản trị", WAIT);
            phone.type("[id='loginForm:username']", user);
            phone.type("[id='loginForm:password']", password);
            phone.click("[id='loginForm:signIn']");
            phone.waitFor("Bảng điều khiển", WAIT);
            phone.open(local(LIBRARY));
            phone.waitFor("Hội nghị tập huấn thư viện", WAIT);
            assertEquals("true", script(phone, "String(document.documentElement.scrollWidth <= window.innerWidth)"),
                    "nothing wider than the phone");
            phone.screenshot(SHOTS.resolve("media-library-375.png"));
        }
    }

    /** The value of a JavaScript expression, as a string. */
    static String script(Browser b, String expression) throws Exception {
        return b.runAsync("arguments[arguments.length - 1](String(" + expression + "));");
    }

    private static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        assertTrue(m.find(), "no " + regex + " in …" + s.substring(Math.max(0, s.length() - 6000)));
        return m.group(1);
    }

    /** A 960×540 picture: a hall with rows of seats, so the screenshots show a real image. */
    static byte[] picture() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(960, 540,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0xf4efe6));
        g.fillRect(0, 0, 960, 540);
        g.setColor(new java.awt.Color(0xb22222));
        g.fillRect(180, 60, 600, 90);
        g.setColor(new java.awt.Color(0xf2d24b));
        g.fillOval(450, 80, 60, 50);
        g.setColor(new java.awt.Color(0x1e3a8a));
        for (int row = 0; row < 5; row++) {
            for (int seat = 0; seat < 12; seat++) {
                g.fillRoundRect(90 + seat * 66, 230 + row * 58, 48, 36, 10, 10);
            }
        }
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
