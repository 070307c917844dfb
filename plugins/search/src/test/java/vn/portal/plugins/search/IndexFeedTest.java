package vn.portal.plugins.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.search.engine.Hit;
import vn.portal.plugins.search.feed.IndexFeed;
import vn.portal.plugins.search.query.SearchParams;

/** The outbox listener keeps the index equal to what the Indexables say is public. */
class IndexFeedTest {

    @TempDir
    Path dir;
    InMemoryPluginContext context;
    FakeContent content;
    SearchPlugin plugin;
    IndexFeed feed;

    @BeforeEach
    void start() {
        content = new FakeContent();
        context = Fixtures.context(dir).extension(content);
        plugin = new SearchPlugin(context);
        plugin.start();
        feed = new IndexFeed(context);
    }

    @AfterEach
    void stop() {
        plugin.stop();
    }

    List<Hit> search(String site, String q, String... more) {
        Map<String, List<String>> params = new java.util.HashMap<>(Map.of("q", List.of(q)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put(more[i], List.of(more[i + 1]));
        }
        Site s = context.sites().find(site).orElseThrow();
        try {
            assertTrue(SearchPlugin.service(context).index().awaitVisible(java.time.Duration.ofSeconds(1)),
                    "changes are searchable within a second");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return SearchPlugin.service(context).search(s, SearchParams.parse(params)).hits();
    }

    @Test
    void listensToWhatTheIndexablesDeclare() {
        assertEquals(java.util.Set.of("content.item.*"), feed.eventTypes());
    }

    @Test
    void publishEditUnpublishShowInResultsAtOnceAndDraftsNever() {
        // a draft: the event comes, but the public table has nothing, so nothing is indexed
        feed.onEvent(FakeContent.event("content.item.created", "so-noi-vu", "a1"));
        assertEquals(List.of(), search("so-noi-vu", "tuyển dụng"));

        content.publish("a1", "so-noi-vu", "Thông báo tuyển dụng công chức năm 2026", "Sở Nội vụ thông báo thi tuyển.", null);
        feed.onEvent(FakeContent.event("content.item.published", "so-noi-vu", "a1"));
        List<Hit> found = search("so-noi-vu", "tuyen dung");
        assertEquals(1, found.size(), "found at once, diacritics or not");
        assertTrue(found.get(0).titleHtml().contains("<mark>"), found.get(0).titleHtml());
        assertTrue(context.invalidatedTags().contains(SearchService.PAGE_TAG), "search pages are dropped from the cache");

        content.publish("a1", "so-noi-vu", "Kết quả thi nâng ngạch năm 2026", "Sở Nội vụ công bố kết quả.", null);
        feed.onEvent(FakeContent.event("content.item.published", "so-noi-vu", "a1"));
        assertEquals(1, search("so-noi-vu", "nâng ngạch").size(), "the new text is found");
        assertEquals(List.of(), search("so-noi-vu", "tuyển dụng"), "the old text is not");

        content.published.remove("a1");
        feed.onEvent(FakeContent.event("content.item.unpublished", "so-noi-vu", "a1"));
        assertEquals(List.of(), search("so-noi-vu", "nâng ngạch"), "unpublished: gone");

        // delivered twice (at least once): same result
        feed.onEvent(FakeContent.event("content.item.unpublished", "so-noi-vu", "a1"));
        assertEquals(List.of(), search("so-noi-vu", "nâng ngạch"));
    }

    @Test
    void eventsOfOtherTypesAreIgnored() {
        content.publish("b1", "so-noi-vu", "Lịch tiếp công dân", "Tiếp công dân định kỳ", null);
        feed.onEvent(FakeContent.event("kernel.site.updated", "so-noi-vu", "b1"));
        assertEquals(List.of(), search("so-noi-vu", "tiếp công dân"));
    }

    @Test
    void restrictedDocumentsOnlyForReadersHoldingTheirPermission() {
        content.publish("r1", "so-noi-vu", "Báo cáo nội bộ về nhân sự", "Nội dung nội bộ", "content:read-internal:so-noi-vu");
        content.publish("p1", "so-noi-vu", "Báo cáo công khai về nhân sự", "Nội dung công khai", null);
        feed.onEvent(FakeContent.event("content.item.published", "so-noi-vu", "r1"));
        feed.onEvent(FakeContent.event("content.item.published", "so-noi-vu", "p1"));
        assertEquals(List.of("p1"), search("so-noi-vu", "báo cáo nhân sự").stream().map(Hit::id).toList(), "anonymous");
        context.signIn(new PortalUser("u1", "khach", "Khách"), "content:create:so-noi-vu");
        assertEquals(List.of("p1"), search("so-noi-vu", "báo cáo nhân sự").stream().map(Hit::id).toList(),
                "signed in without the permission");
        context.signIn(new PortalUser("u2", "canbo", "Cán bộ"), "content:read-internal:so-noi-vu");
        assertEquals(java.util.Set.of("p1", "r1"), java.util.Set.copyOf(search("so-noi-vu", "báo cáo nhân sự").stream()
                .map(Hit::id).toList()), "with the permission");
    }

    @Test
    void aSiteSearchesItsSubtreeAndChildSitesMayAskForTheWholeProvince() {
        content.publish("t1", "tinh", "Kế hoạch chuyển đổi số của tỉnh", "Chuyển đổi số toàn tỉnh", null);
        content.publish("n1", "so-noi-vu", "Chuyển đổi số ngành nội vụ", "Chuyển đổi số", null);
        content.publish("c1", "so-tai-chinh", "Chuyển đổi số ngành tài chính", "Chuyển đổi số", null);
        for (String id : List.of("t1", "n1", "c1")) {
            feed.onEvent(FakeContent.event("content.item.published", content.published.get(id).siteKey(), id));
        }
        assertEquals(3, search("tinh", "chuyển đổi số").size(), "the province searches everything");
        assertEquals(List.of("n1"), search("so-noi-vu", "chuyển đổi số").stream().map(Hit::id).toList(), "one site");
        assertEquals(3, search("so-noi-vu", "chuyển đổi số", "scope", "all").size(), "the whole province");
        assertEquals(List.of("n1"), search("so-noi-vu", "CĐS").stream().map(Hit::id).toList(),
                "the default synonyms apply (CĐS = chuyển đổi số)");
    }
}
