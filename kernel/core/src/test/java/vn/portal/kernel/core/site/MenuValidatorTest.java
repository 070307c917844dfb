package vn.portal.kernel.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MenuValidatorTest {

    static List<MenuItem> required() {
        return MenuValidator.REQUIRED.stream().map(k -> new MenuItem(k, true, null, null, null, null)).toList();
    }

    static List<MenuItem> menu(MenuItem... own) {
        List<MenuItem> all = new ArrayList<>(required());
        all.addAll(List.of(own));
        return all;
    }

    static MenuItem entry(String vi, String target, MenuItem... children) {
        return MenuItem.own(vi, null, target, List.of(children));
    }

    @Test
    void aMenuWithASectionAndLinksOutIsValid() {
        List<MenuItem> m = menu(entry("Tin tức", "/tin-tuc"),
                entry("Chuyên mục", "/chuyen-muc/cai-cach-hanh-chinh", entry("Cải cách hành chính",
                        "/chuyen-muc/cai-cach-hanh-chinh"), entry("Văn bản 2026", "/van-ban?nam=2026")),
                entry("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                entry("Cổng tỉnh", "http://hoaan.gov.vn/gioi-thieu#lich-su"));
        assertEquals(Map.of(), MenuValidator.validate(m));
        assertEquals(Map.of(), MenuValidator.validate(required()), "no own entries is fine");
        List<MenuItem> own = MenuValidator.own(m);
        assertEquals(4, own.size());
        assertEquals(2, own.get(1).children().size());
        assertTrue(own.stream().noneMatch(MenuItem::requiredEntry));
    }

    @Test
    void requiredEntriesCannotBeRemovedMovedOrJoined() {
        List<MenuItem> withoutSitemap = new ArrayList<>(menu(entry("Tin tức", "/tin-tuc")));
        withoutSitemap.remove(3);
        assertTrue(MenuValidator.validate(withoutSitemap).get("entries").contains("cannot be removed or moved"));

        List<MenuItem> swapped = new ArrayList<>(required());
        swapped.set(0, required().get(1));
        swapped.set(1, required().get(0));
        assertTrue(MenuValidator.validate(swapped).containsKey("entries"));

        List<MenuItem> ownFirst = new ArrayList<>(List.of(entry("Tin tức", "/tin-tuc")));
        ownFirst.addAll(required());
        assertTrue(MenuValidator.validate(ownFirst).containsKey("entries"), "own entries come after the required ones");

        List<MenuItem> twice = menu(new MenuItem("home", true, null, null, null, null));
        assertTrue(MenuValidator.validate(twice).containsKey("entries"), "a required entry appears once");

        assertTrue(MenuValidator.validate(List.of(entry("Tin tức", "/tin-tuc"))).containsKey("entries"),
                "a body of own entries only lacks the required ones");
        assertTrue(MenuValidator.validate(null).containsKey("entries"));

        List<MenuItem> nested = new ArrayList<>(required());
        nested.set(1, new MenuItem("introduction", true, null, null, null, List.of(entry("Lịch sử", "/lich-su"))));
        assertEquals(Map.of("entries[1].children", "required entries have no sub-entries"), MenuValidator.validate(nested));

        List<MenuItem> hidden = menu(entry("Tin tức", "/tin-tuc", new MenuItem("sitemap", true, "Sơ đồ", null, "/so-do-cong",
                null)));
        assertEquals(Map.of("entries[4].children[0]", MenuValidator.words("required")), MenuValidator.validate(hidden),
                "a required entry cannot hide in a section");
    }

    @Test
    void labelsAreRequiredAndShortAndCountedAfterNfc() {
        Map<String, String> errors = MenuValidator.validate(menu(MenuItem.own(" ", "x".repeat(101), "/tin-tuc", null),
                MenuItem.own("x".repeat(101), null, "/van-ban", null)));
        assertEquals("required", errors.get("entries[4].labelVi"));
        assertEquals("at most 100 characters", errors.get("entries[4].labelEn"));
        assertEquals("at most 100 characters", errors.get("entries[5].labelVi"));

        // 100 letters typed decomposed (base + combining mark) are 200 chars before NFC, 100 after
        String decomposed = Normalizer.normalize("ệ".repeat(100), Normalizer.Form.NFD);
        assertEquals(300, decomposed.length());
        List<MenuItem> normalised = MenuValidator.normalise(menu(MenuItem.own(decomposed, "  ", " /tin-tuc ", null)));
        assertEquals(Map.of(), MenuValidator.validate(normalised));
        MenuItem e = normalised.get(4);
        assertEquals("ệ".repeat(100), e.labelVi(), "stored composed");
        assertNull(e.labelEn(), "a blank English label is no label");
        assertEquals("/tin-tuc", e.target());
        assertEquals("Tin tức nổi bật", MenuValidator.text(" Tin\ttức\n nổi   bật "), "whitespace runs become one space");
    }

    @Test
    void targetsArePathsInsideTheSiteOrHttpAddresses() {
        for (String good : List.of("/", "/tin-tuc", "/chuyen-muc/cai-cach-hanh-chinh", "/van-ban?loai=QĐ&nam=2026",
                "/trang/lich-su#thoi-ky-1945", "/tin-tuc/quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh", "https://dichvucong.gov.vn",
                "HTTPS://chinhphu.vn/", "http://hoaan.gov.vn:8080/a?b=c")) {
            assertNull(MenuValidator.targetProblem(good), good);
        }
        Map<String, String> bad = Map.ofEntries(Map.entry("", "target.required"),
                Map.entry("tin-tuc", "target.form"),
                Map.entry("//evil.example/x", "target.form"),
                Map.entry("/../admin", "target.dots"),
                Map.entry("/tin-tuc/../../s/khac", "target.dots"),
                Map.entry("/tin-tuc/%2e%2E/x", "target.dots"),
                Map.entry("/./x", "target.dots"),
                Map.entry("/\\evil.example", "target.chars"),
                Map.entry("/tin tuc", "target.chars"),
                Map.entry("/a\"onmouseover=\"x", "target.chars"),
                Map.entry("javascript:alert(1)", "target.form"),
                Map.entry("data:text/html,x", "target.form"),
                Map.entry("ftp://hoaan.gov.vn", "target.form"),
                Map.entry("mailto:vanphong@hoaan.gov.vn", "target.form"),
                Map.entry("https://", "target.host"),
                Map.entry("https://localhost/", "target.host"),
                Map.entry("https://user:pass@hoaan.gov.vn/", "target.host"),
                Map.entry("/" + "a".repeat(500), "target.long"));
        bad.forEach((target, code) -> assertEquals(code, MenuValidator.targetProblem(target), target));
        assertEquals(MenuValidator.words("target.dots"),
                MenuValidator.validate(menu(entry("Sai", "/../x"))).get("entries[4].target"));
    }

    @Test
    void atMostTwoLevelsAndSixtyEntries() {
        MenuItem deep = entry("Cấp 1", "/a", entry("Cấp 2", "/a/b", entry("Cấp 3", "/a/b/c")));
        assertEquals(Map.of("entries[4].children[0].children", MenuValidator.words("depth")),
                MenuValidator.validate(menu(deep)));

        List<MenuItem> sixty = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sixty.add(entry("Mục " + i, "/m" + i, entry("a", "/a"), entry("b", "/b"), entry("c", "/c"), entry("d", "/d")));
        }
        assertEquals(Map.of(), MenuValidator.validate(menu(sixty.toArray(MenuItem[]::new))), "60 entries with sections");
        sixty.add(entry("Mục thừa", "/thua"));
        assertTrue(MenuValidator.validate(menu(sixty.toArray(MenuItem[]::new))).get("entries")
                .startsWith("at most 60 own entries (this menu has 61)"));
    }

    @Test
    void everyProblemIsReportedAtOnceByField() {
        Map<String, String> errors = MenuValidator.validate(menu(entry("", "/../x"), entry("Tốt", "/tot",
                MenuItem.own("Con", null, "ftp://x", null))));
        assertEquals(List.of("entries[4].labelVi", "entries[4].target", "entries[5].children[0].target"),
                List.copyOf(errors.keySet()));
    }

    @Test
    void aRequestBodyBindsAsJsonB() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            MenuItem[] items = jsonb.fromJson("[{\"key\":\"home\",\"required\":true,\"labelVi\":\"Trang chủ\"},"
                    + "{\"labelVi\":\"Tin tức\",\"target\":\"/tin-tuc\",\"children\":[{\"labelVi\":\"Thông báo\","
                    + "\"labelEn\":\"Notices\",\"target\":\"/thong-bao\"}]}]", MenuItem[].class);
            assertTrue(items[0].requiredEntry());
            assertEquals("Thông báo", items[1].children().get(0).labelVi());
            assertEquals(List.of(), items[1].children().get(0).children(), "children default to an empty list");
            String json = jsonb.toJson(items[1]);
            assertTrue(json.contains("\"children\":[{") && !json.contains("requiredEntry") && !json.contains("external"),
                    json);
        }
    }
}
