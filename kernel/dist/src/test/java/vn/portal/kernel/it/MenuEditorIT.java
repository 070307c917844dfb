package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A site administrator edits the site's main menu in the admin tree (dialog, buttons, drag
 * and drop) and visitors see it at once, on a desktop and on a phone. Screenshots land in
 * kernel/dist/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuEditorIT {

    static final Path SHOTS = BrowserIT.SHOTS;
    static final String SITE = "so-noi-vu";
    static final String TREE = "[id='menuForm:tree'] ";
    PortalProcess portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalProcess(Files.createTempDirectory("portal-it-menus"));
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
    void aSiteAdministratorArrangesTheMenuAndVisitorsSeeItOnDesktopAndPhone() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "menu-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Menu-Cua-So-2026!";
        SessionClient api = identity.signedInUser(user, password);
        identity.grant(PortalScenario.field(api.get("/api/v1/auth/me").body(), "id"), "site-admin", SITE);

        try (Browser b = new Browser(1280, 1000)) {
            b.open(local("/admin/login.xhtml"));
            b.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
            b.type("[id='loginForm:username']", user);
            b.type("[id='loginForm:password']", password);
            b.click("[id='loginForm:signIn']");
            String dashboard = b.waitFor("Bảng điều khiển", Duration.ofSeconds(15));
            assertTrue(dashboard.contains("/admin/menus.xhtml"), "the menu page is in the admin menu");

            // another site's menu is not offered: the page falls back to the user's own site
            b.open(local("/admin/menus.xhtml?site=so-tai-chinh"));
            String other = b.waitFor("Cấu trúc menu", Duration.ofSeconds(15));
            assertTrue(other.contains("Sở Nội vụ (mẫu) (so-noi-vu)") && !other.contains("(so-tai-chinh)"), "only editable sites");
            // the sites page leads to a site's menu
            b.open(local("/admin/sites.xhtml"));
            b.waitFor("Sở Nội vụ (mẫu)", Duration.ofSeconds(15));
            b.click("a[aria-label='Menu chính của trang: Sở Nội vụ (mẫu)']");
            String page = b.waitFor("Cấu trúc menu", Duration.ofSeconds(15));
            assertTrue(b.url().endsWith("/admin/menus.xhtml?site=so-noi-vu"), b.url());
            assertTrue(page.contains("Sơ đồ cổng") && page.contains("bắt buộc"), "the required entries are shown");

            // a required entry is locked
            node(b, "3");
            b.waitFor("Mục bắt buộc: không sửa", Duration.ofSeconds(10));
            assertTrue(b.source().matches("(?s).*<button[^>]*id=\"menuForm:edit\"[^>]*disabled.*"), "no editing it");

            // the dialog checks each field with the menu's rules
            b.click("[id='menuForm:add']");
            b.waitFor("Thêm mục menu", Duration.ofSeconds(10));
            Thread.sleep(500);
            b.type("[id='entryForm:labelEn']", "News");
            b.type("[id='entryForm:target']", "/../quan-tri");
            b.click("[id='entryForm:saveEntry']");
            String invalid = b.waitFor("Cần nhập nhãn tiếng Việt", Duration.ofSeconds(10));
            assertTrue(invalid.contains("Đường dẫn không được có đoạn"), "the target's problem at its field");
            b.screenshot(SHOTS.resolve("admin-menu-invalid.png"));
            b.type("[id='entryForm:labelVi']", "Tin tức");
            b.type("[id='entryForm:target']", "/tin-tuc");
            b.click("[id='entryForm:saveEntry']");
            b.waitFor("Đang chọn: Tin tức", Duration.ofSeconds(10));

            add(b, "menuForm:add", "Chuyên mục", "Topics", "/chuyen-muc/cai-cach-hanh-chinh");
            add(b, "menuForm:addChild", "Cải cách hành chính", "", "/chuyen-muc/cai-cach-hanh-chinh");
            // a new top-level entry, made a sub-entry of the section above with a button
            add(b, "menuForm:add", "Văn bản của sở", "Documents", "/van-ban");
            b.click("[id='menuForm:indent']");
            waitForNode(b, "5_1", "Văn bản của sở");
            add(b, "menuForm:add", "Cổng Dịch vụ công quốc gia", "National public service portal",
                    "https://dichvucong.gov.vn");
            b.click("[id='menuForm:up']");
            waitForNode(b, "5", "Cổng Dịch vụ công quốc gia");
            b.click("[id='menuForm:down']");
            waitForNode(b, "6", "Cổng Dịch vụ công quốc gia");

            // drag and drop: a required entry stays where it is; an own entry goes into a section and back out
            drag(b, TREE + "li[data-rowkey='0'] > .ui-treenode-content", TREE + "li[data-rowkey='5'] > .ui-treenode-content");
            b.waitFor("Không đặt mục vào đó được", Duration.ofSeconds(10));
            waitForNode(b, "0", "Trang chủ");
            drag(b, TREE + "li[data-rowkey='6'] > .ui-treenode-content", TREE + "li[data-rowkey='5'] > .ui-treenode-content .ui-treenode-label");
            b.screenshot(SHOTS.resolve("admin-menu-dragged.png"));
            waitForTree(b, "5_\\d=Cổng Dịch vụ công quốc gia");
            b.click("[id='menuForm:outdent']");
            waitForNode(b, "6", "Cổng Dịch vụ công quốc gia");
            // an entry added by mistake is deleted after a confirmation
            add(b, "menuForm:add", "Mục nhầm", "", "/nham");
            b.click("[id='menuForm:delete']");
            b.waitFor("Xóa mục “Mục nhầm” khỏi menu?", Duration.ofSeconds(10));
            b.click(".ui-confirmdialog-yes");
            b.waitFor("Đã xóa “Mục nhầm” khỏi menu", Duration.ofSeconds(10));
            assertTrue(b.source().contains("Có thay đổi chưa lưu"), "unsaved changes are pointed out");
            Thread.sleep(600); // the confirmation fades out
            b.screenshot(SHOTS.resolve("admin-menu-tree-unsaved.png"));

            b.click("[id='menuForm:save']");
            b.waitFor("Đã lưu menu của “Sở Nội vụ (mẫu)”", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("admin-menu-tree-1280.png"));
        }

        String stored = portal.get("/api/v1/sites/" + SITE + "/menu").body();
        assertTrue(stored.indexOf("Tin tức") < stored.indexOf("Chuyên mục")
                && stored.indexOf("Cải cách hành chính") < stored.indexOf("Văn bản của sở")
                && stored.indexOf("Văn bản của sở") < stored.indexOf("Cổng Dịch vụ công quốc gia"), stored);
        assertTrue(portal.adminGet("/api/v1/audit?action=site.menu.updated&site=" + SITE).body()
                .contains("\"actor\":\"" + user + "\""), "the save is audited");

        try (Browser desktop = new Browser(1280, 900)) {
            desktop.open("http://localhost:" + portal.port + "/s/" + SITE + "/");
            String home = desktop.waitFor("Cải cách hành chính", Duration.ofSeconds(10));
            String nav = MenuScenario.nav(home);
            assertTrue(nav.indexOf("Sơ đồ cổng") < nav.indexOf("Tin tức") && nav.contains("class=\"submenu\""), nav);
            assertEquals("none", script(desktop, "getComputedStyle(document.querySelector('.submenu')).display"),
                    "a closed drop-down");
            desktop.screenshot(SHOTS.resolve("menu-public-1280.png"));
            // keyboard: focus on the section's link opens it, Esc closes it, arrow down reopens it
            script(desktop, "document.querySelector('.has-children > a').focus(), ''");
            assertEquals("block", script(desktop, "getComputedStyle(document.querySelector('.submenu')).display"));
            desktop.screenshot(SHOTS.resolve("menu-public-dropdown-1280.png"));
            script(desktop, "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})), ''");
            assertEquals("none", script(desktop, "getComputedStyle(document.querySelector('.submenu')).display"));
            script(desktop, "document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true})), ''");
            assertEquals("Cải cách hành chính", script(desktop, "document.activeElement.textContent"));
            assertEquals("block", script(desktop, "getComputedStyle(document.querySelector('.submenu')).display"));

            desktop.open("http://localhost:" + portal.port + "/s/" + SITE + "/en/");
            String en = desktop.waitFor("Topics", Duration.ofSeconds(10));
            assertTrue(MenuScenario.nav(en).contains("lang=\"vi\">Cải cách hành chính</a>"), "the Vietnamese fallback is marked");
            desktop.screenshot(SHOTS.resolve("menu-public-en-1280.png"));
        }
        try (Browser phone = new Browser(375, 800)) {
            phone.viewport(375, 800);
            phone.open("http://localhost:" + portal.port + "/s/" + SITE + "/");
            phone.waitFor("Cải cách hành chính", Duration.ofSeconds(10));
            assertEquals("grid", script(phone, "getComputedStyle(document.querySelector('.submenu')).display"),
                    "sections are open on a phone");
            assertEquals("375", script(phone, "window.innerWidth"), "a phone's width");
            assertEquals("true", script(phone, "String(document.documentElement.scrollWidth <= window.innerWidth)"),
                    "nothing wider than the phone");
            phone.screenshot(SHOTS.resolve("menu-public-375.png"));
            phone.open("http://localhost:" + portal.port + "/");
            phone.waitFor("Hỏi đáp", Duration.ofSeconds(10));
            phone.screenshot(SHOTS.resolve("menu-province-375.png"));
            phone.open(local("/admin/login.xhtml"));
            phone.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
            phone.type("[id='loginForm:username']", user);
            phone.type("[id='loginForm:password']", password);
            phone.click("[id='loginForm:signIn']");
            phone.waitFor("Bảng điều khiển", Duration.ofSeconds(15));
            phone.open(local("/admin/menus.xhtml"));
            phone.waitFor("Cổng Dịch vụ công quốc gia", Duration.ofSeconds(15));
            phone.scrollTo("[id='menuForm:tree']");
            phone.screenshot(SHOTS.resolve("admin-menu-tree-375.png"));
        }
    }

    /** Clicks a tree node by its row key ("5", "5_1"), which selects it. */
    static void node(Browser b, String rowKey) throws Exception {
        b.click(TREE + "li[data-rowkey='" + rowKey + "'] > .ui-treenode-content .ui-treenode-label");
    }

    static void waitForNode(Browser b, String rowKey, String label) throws Exception {
        waitForTree(b, "(^| \\| )" + rowKey + "=" + java.util.regex.Pattern.quote(label));
    }

    /** Waits until the tree, as "rowkey=label | …", has a part matching the pattern. */
    static void waitForTree(Browser b, String regex) throws Exception {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String tree = "";
        while (System.nanoTime() < end) {
            tree = script(b, "Array.prototype.map.call(document.querySelectorAll(\"" + TREE + "li.ui-treenode\"), function (n) {"
                    + " return n.getAttribute('data-rowkey') + '=' + n.querySelector('.ui-treenode-label').textContent.trim()"
                    + ".replace(/\\s+/g, ' '); }).join(' | ')");
            if (p.matcher(tree).find()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the tree never showed " + regex + ": " + tree);
    }

    /** Opens the dialog with a toolbar button, fills it in and puts the entry in the tree. */
    static void add(Browser b, String button, String vi, String en, String target) throws Exception {
        b.click("[id='" + button + "']");
        Thread.sleep(700);
        b.type("[id='entryForm:labelVi']", vi);
        if (!en.isEmpty()) {
            b.type("[id='entryForm:labelEn']", en);
        }
        b.type("[id='entryForm:target']", target);
        b.click("[id='entryForm:saveEntry']");
        b.waitFor("Đang chọn: " + vi, Duration.ofSeconds(10));
        Thread.sleep(300);
    }

    /** A script's value as a string (WebDriver's asynchronous execute, which Browser offers). */
    static String script(Browser b, String expression) throws Exception {
        return b.runAsync("var done = arguments[arguments.length - 1]; done(String(" + expression + "));");
    }

    /**
     * Drags one element onto another with the mouse events jQuery UI listens to (press, moves,
     * release), as a person does with a mouse.
     */
    static void drag(Browser b, String from, String to) throws Exception {
        String result = b.runAsync("var done = arguments[arguments.length - 1];"
                + "var s = document.querySelector(" + Browser.quote(from) + "), t = document.querySelector(" + Browser.quote(to) + ");"
                + "if (!s || !t) { done('missing'); return; }"
                + "function at(el) { var r = el.getBoundingClientRect(); return {x: r.left + Math.min(30, r.width / 2), y: r.top + r.height / 2}; }"
                + "function fire(el, type, p) { el.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window,"
                + " button: 0, buttons: type === 'mouseup' ? 0 : 1, clientX: p.x, clientY: p.y})); }"
                + "var a = at(s), z = at(t);"
                + "fire(s, 'mousedown', a);"
                + "var i = 0; var step = function () { i++; var p = {x: a.x + (z.x - a.x) * i / 10, y: a.y + (z.y - a.y) * i / 10};"
                + " fire(document, 'mousemove', p);"
                + " if (i < 10) { setTimeout(step, 30); } else { setTimeout(function () { fire(document, 'mouseup', z); done('dropped'); }, 100); } };"
                + "setTimeout(step, 30);");
        assertEquals("dropped", result, "drag from " + from + " to " + to);
        Thread.sleep(1500);
    }

    @Test
    void theMenuPageIsRefusedWithoutSiteEditRights() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "doc-" + UUID.randomUUID().toString().substring(0, 6);
        identity.signedInUser(user, "Chi-Doc-Thoi-2026!");
        try (Browser b = new Browser(1280, 900)) {
            b.open(local("/admin/login.xhtml"));
            b.waitFor("Đăng nhập quản trị", Duration.ofSeconds(15));
            b.type("[id='loginForm:username']", user);
            b.type("[id='loginForm:password']", "Chi-Doc-Thoi-2026!");
            b.click("[id='loginForm:signIn']");
            String dashboard = b.waitFor("Bảng điều khiển", Duration.ofSeconds(15));
            assertFalse(dashboard.contains("/admin/menus.xhtml"), "no menu entry without site-edit");
            b.open(local("/admin/menus.xhtml?site=" + SITE));
            b.waitFor("Không có quyền truy cập", Duration.ofSeconds(10));
        }
    }
}
