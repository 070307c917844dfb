package vn.portal.kernel.core.web;

import vn.portal.kernel.api.web.Html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RoutingPiecesTest {

    @Test
    void routePatternsBindOneSegmentPerPlaceholder() {
        assertEquals(Map.of("slug", "quyết-định"), RoutePattern.match("/tin-tuc/{slug}", "/tin-tuc/quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh").orElseThrow());
        assertTrue(RoutePattern.match("/tin-tuc/{slug}", "/tin-tuc").isEmpty());
        assertTrue(RoutePattern.match("/tin-tuc/{slug}", "/tin-tuc/a/b").isEmpty());
        assertEquals(Map.of(), RoutePattern.match("/lien-he", "/lien-he/").orElseThrow());
    }

    @Test
    void linksCarryTheLocaleOnlyWhenNotVietnamese() {
        assertEquals("/", PageModel.link("", "vi", "/"));
        assertEquals("/en/", PageModel.link("", "en", "/"));
        assertEquals("/s/so-tc/en/introduction", PageModel.link("/s/so-tc", "en", "/introduction"));
        assertEquals("/s/so-tc/gioi-thieu", PageModel.link("/s/so-tc", "vi", "/gioi-thieu"));
    }

    @Test
    void languageSwitchKeepsTheSamePage() {
        assertEquals("/introduction", PageModel.translatePath("/gioi-thieu", "vi", "en"));
        assertEquals("/so-do-cong", PageModel.translatePath("/sitemap", "en", "vi"));
        assertEquals("/tin-tuc/x", PageModel.translatePath("/tin-tuc/x", "vi", "en"));
    }

    @Test
    void messagesBecomeNestedMaps() {
        Properties p = new Properties();
        p.setProperty("menu.home", "Trang chủ");
        p.setProperty("error.404.title", "Không tìm thấy trang");
        Map<String, Object> m = ThemeMessages.nest(p);
        assertEquals("Trang chủ", PageModel.text(m, "menu", "home"));
        assertEquals("Không tìm thấy trang", PageModel.text(m, "error", "404", "title"));
        assertEquals("menu.missing", PageModel.text(m, "menu", "missing"));
    }

    @Test
    void escapesKernelWrittenHtml() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", Html.escape("<script>&\"'"));
    }
}
