package vn.portal.kernel.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;

class SiteResolverTest {

    static Site site(String key, String parent, List<String> hosts, String prefix) {
        return new Site(key, key, key, parent == null ? SiteKind.PROVINCE : SiteKind.DEPARTMENT, parent, null, null,
                hosts, prefix, List.of("vi", "en"), "default", SiteStatus.ACTIVE, null, false, Map.of());
    }

    final SiteSnapshot snapshot = new SiteSnapshot(List.of(
            site("tinh", null, List.of("hoaan.gov.vn"), null),
            site("so-noi-vu", "tinh", List.of("snv.hoaan.gov.vn"), null),
            site("so-tai-chinh", "tinh", List.of(), null),
            site("xa-a", "tinh", List.of(), "/xa-a")), Map.of(), null, "http://localhost:8080");

    @Test
    void hostHeaderComesFirst() {
        var r = SiteResolver.resolve(snapshot, "snv.hoaan.gov.vn:8080", "/s/so-tai-chinh/x").orElseThrow();
        assertEquals("so-noi-vu", r.site().key());
        assertEquals("/s/so-tai-chinh/x", r.path());
    }

    @Test
    void pathPrefixOnAHostNoSiteClaims() {
        var r = SiteResolver.resolve(snapshot, "localhost:8080", "/s/so-tai-chinh/gioi-thieu").orElseThrow();
        assertEquals("so-tai-chinh", r.site().key());
        assertEquals("/s/so-tai-chinh", r.basePath());
        assertEquals("/gioi-thieu", r.path());
        var home = SiteResolver.resolve(snapshot, "localhost", "/s/so-tai-chinh").orElseThrow();
        assertEquals("/", home.path());
    }

    @Test
    void ownPrefixAndDefaultSite() {
        assertEquals("xa-a", SiteResolver.resolve(snapshot, "127.0.0.1", "/xa-a/en/").orElseThrow().site().key());
        assertEquals("tinh", SiteResolver.resolve(snapshot, "127.0.0.1", "/xa-ab").orElseThrow().site().key());
        assertEquals("tinh", SiteResolver.resolve(snapshot, null, "/").orElseThrow().site().key());
    }

    @Test
    void unknownSiteInPathIsNotFound() {
        assertTrue(SiteResolver.resolve(snapshot, "localhost", "/s/khong-co/").isEmpty());
    }

    @Test
    void publicUrls() {
        assertEquals("http://hoaan.gov.vn:8080/", snapshot.url("tinh"));
        assertEquals("http://localhost:8080/s/so-tai-chinh/", snapshot.url("so-tai-chinh"));
        assertEquals("http://localhost:8080/xa-a/", snapshot.url("xa-a"));
        assertEquals(List.of("tinh", "so-noi-vu", "so-tai-chinh", "xa-a"),
                snapshot.subtree("tinh").stream().map(Site::key).toList());
    }

    @Test
    void pluginsAreOnUnlessSwitchedOff() {
        SiteSnapshot s = new SiteSnapshot(snapshot.sites(), Map.of("xa-a", Map.of("notice", false)), null, "http://x");
        assertTrue(s.isPluginEnabled("tinh", "notice"));
        assertTrue(!s.isPluginEnabled("xa-a", "notice"));
        assertTrue(s.isPluginEnabled("xa-a", "other"));
    }
}
