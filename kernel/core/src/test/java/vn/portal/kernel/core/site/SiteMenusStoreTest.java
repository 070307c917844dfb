package vn.portal.kernel.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.portal.kernel.core.persistence.OnBothDatabases;

/** Menus written to kernel_site_menu read back as they were, sections and order included, on both databases. */
class SiteMenusStoreTest extends OnBothDatabases {

    static final List<MenuItem> NEWS = List.of(
            MenuItem.own("Tin tức", "News", "/tin-tuc", List.of(
                    MenuItem.own("Thông báo", null, "/thong-bao", null),
                    MenuItem.own("Sự kiện", "Events", "/su-kien", null))),
            MenuItem.own("Hỏi đáp", null, "/hoi-dap", null),
            MenuItem.own("Văn bản", "Legal documents", "/van-ban", List.of(
                    MenuItem.own("Cơ sở dữ liệu quốc gia về văn bản pháp luật", null, "https://vbpl.vn", null))));

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void whatIsWrittenIsReadBackInOrderWithItsSections(String vendor) throws Exception {
        DataSource ds = migrated(vendor);
        List<MenuItem> other = List.of(MenuItem.own("Ngân sách", null, "/ngan-sach", null));
        try (Connection c = ds.getConnection()) {
            SiteMenus.write(c, "tinh", List.of(MenuItem.own("Cũ", null, "/cu", null)));
            SiteMenus.write(c, "tinh", NEWS);
            SiteMenus.write(c, "so-tai-chinh", other);
            SiteMenus.write(c, "so-noi-vu", List.of());
        }
        Map<String, List<MenuItem>> read = SiteMenus.read(ds);
        assertEquals(NEWS, read.get("tinh"), "replaced, not added to");
        assertEquals(other, read.get("so-tai-chinh"));
        assertEquals(null, read.get("so-noi-vu"), "a site without own entries has none stored");
    }
}
