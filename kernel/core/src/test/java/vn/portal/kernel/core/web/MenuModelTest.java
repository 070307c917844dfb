package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.core.site.MenuItem;

class MenuModelTest {

    static final List<MenuItem> OWN = List.of(
            MenuItem.own("Tin tức", "News", "/tin-tuc", List.of(
                    MenuItem.own("Thông báo", null, "/thong-bao", null),
                    MenuItem.own("Văn bản 2026", "2026 documents", "/van-ban?nam=2026", null))),
            MenuItem.own("Cổng Dịch vụ công quốc gia", "National public service portal", "https://dichvucong.gov.vn", null));

    static Map<String, Object> msg(String home) {
        Properties p = new Properties();
        p.setProperty("menu.home", home);
        return ThemeMessages.nest(p);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> children(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("children");
    }

    @Test
    void requiredEntriesFirstThenTheSitesOwnWithTheirSections() {
        List<Map<String, Object>> menu = MenuModel.build(OWN, msg("Trang chủ"), "/s/so-noi-vu", "vi", "home", "/");
        assertEquals(6, menu.size());
        assertEquals("Trang chủ", menu.get(0).get("label"));
        assertEquals("/s/so-noi-vu/", menu.get(0).get("url"));
        assertEquals(true, menu.get(0).get("current"));
        assertEquals("/s/so-noi-vu/gioi-thieu", menu.get(1).get("url"));
        assertEquals("/s/so-noi-vu/dich-vu-cong", menu.get(2).get("url"));
        assertEquals("/s/so-noi-vu/so-do-cong", menu.get(3).get("url"));
        Map<String, Object> news = menu.get(4);
        assertEquals("/s/so-noi-vu/tin-tuc", news.get("url"));
        assertEquals(true, news.get("hasChildren"));
        assertEquals("/s/so-noi-vu/van-ban?nam=2026", children(news).get(1).get("url"));
        Map<String, Object> out = menu.get(5);
        assertEquals("https://dichvucong.gov.vn", out.get("url"), "addresses outside stay as they are");
        assertEquals(true, out.get("external"));
        assertEquals(false, out.get("hasChildren"));
        for (Map<String, Object> item : menu) {
            assertEquals(List.of("label", "url", "current", "active", "external", "fallback", "hasChildren", "children"),
                    List.copyOf(item.keySet()), "every item has every key, so Mustache never looks further out");
        }
    }

    @Test
    void theCurrentPageAndItsSectionAreMarked() {
        List<Map<String, Object>> listing = MenuModel.build(OWN, msg("Trang chủ"), "", "vi", null, "/tin-tuc");
        assertEquals(false, listing.get(0).get("current"));
        assertEquals(true, listing.get(4).get("current"));
        assertEquals(true, listing.get(4).get("active"));

        List<Map<String, Object>> item = MenuModel.build(OWN, msg("Trang chủ"), "", "vi", null, "/tin-tuc/khai-mac");
        assertEquals(false, item.get(4).get("current"), "an item below the listing is not the listing");
        assertEquals(true, item.get(4).get("active"), "but it lies in its section");

        List<Map<String, Object>> notice = MenuModel.build(OWN, msg("Trang chủ"), "", "vi", null, "/thong-bao");
        assertEquals(true, children(notice.get(4)).get(0).get("current"));
        assertEquals(false, notice.get(4).get("current"));
        assertEquals(true, notice.get(4).get("active"), "the section of the current entry is marked too");

        List<Map<String, Object>> filtered = MenuModel.build(OWN, msg("Trang chủ"), "", "vi", null, "/van-ban");
        assertEquals(false, children(filtered.get(4)).get(1).get("current"), "a filtered view is never 'this page'");
        assertTrue(MenuModel.isBelow("/van-ban?nam=2026", "/van-ban"));
        assertFalse(MenuModel.isBelow("/", "/tin-tuc"), "the home page is not a section of everything");
    }

    @Test
    void englishPagesUseTheEnglishLabelsOrSayWhichLanguageTheFallbackIsIn() {
        List<Map<String, Object>> menu = MenuModel.build(OWN, msg("Home"), "", "en", null, "/introduction");
        assertEquals("Home", menu.get(0).get("label"));
        assertEquals("/en/", menu.get(0).get("url"));
        assertEquals("/en/introduction", menu.get(1).get("url"));
        assertEquals("News", menu.get(4).get("label"));
        assertEquals("/en/tin-tuc", menu.get(4).get("url"));
        assertEquals(false, menu.get(4).get("fallback"));
        Map<String, Object> notices = children(menu.get(4)).get(0);
        assertEquals("Thông báo", notices.get("label"), "no English label: the Vietnamese one");
        assertEquals(true, notices.get("fallback"), "rendered with lang=vi");
    }
}
