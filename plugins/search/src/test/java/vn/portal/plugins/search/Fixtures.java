package vn.portal.plugins.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.testkit.InMemoryPluginContext;

/** A province with two departments and a commune below it, for the plugin's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Site site(String key, String parent, SiteKind kind) {
        return new Site(key, "Trang " + key, "Site " + key, kind, parent, null, null, List.of(), null,
                List.of("vi", "en"), "default", SiteStatus.ACTIVE, null, true, Map.of());
    }

    static InMemoryPluginContext context(Path dir) {
        return new InMemoryPluginContext("search").localDirectory(dir)
                .site(site("tinh", null, SiteKind.PROVINCE))
                .site(site("so-noi-vu", "tinh", SiteKind.DEPARTMENT))
                .site(site("so-tai-chinh", "tinh", SiteKind.DEPARTMENT))
                .site(site("xa-binh-minh", "tinh", SiteKind.COMMUNE));
    }
}
