package vn.portal.plugins.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.search.engine.Hit;
import vn.portal.plugins.search.feed.IndexFeed;
import vn.portal.plugins.search.index.IndexFolders;
import vn.portal.plugins.search.index.LiveIndex;
import vn.portal.plugins.search.query.SearchParams;

/** Rebuilds: online (searches and changes go on), and at start when the index is missing or damaged. */
class LiveIndexTest {

    @TempDir
    Path dir;

    static List<String> ids(SearchService service, InMemoryPluginContext context, String q) {
        try {
            assertTrue(service.index().awaitVisible(java.time.Duration.ofSeconds(1)), "changes are searchable within a second");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return service.search(context.sites().find("tinh").orElseThrow(),
                SearchParams.parse(Map.of("q", List.of(q), "size", List.of("50")))).hits().stream().map(Hit::id).sorted().toList();
    }

    @Test
    void aFullRebuildKeepsServingTheOldIndexAndCatchesChangesMadeMeanwhile() throws Exception {
        FakeContent content = new FakeContent();
        InMemoryPluginContext context = Fixtures.context(dir).extension(content);
        SearchPlugin plugin = new SearchPlugin(context);
        plugin.start();
        try {
            SearchService service = SearchPlugin.service(context);
            assertTrue(service.index().needsRebuild(), "a new portal has no index yet");
            assertTrue(context.scheduledJobs().containsKey("rebuild"), "the start schedules the build: "
                    + context.scheduledJobs());
            for (int i = 0; i < 30; i++) {
                content.publish("d" + i, i % 2 == 0 ? "tinh" : "so-noi-vu", "Văn bản số " + i + " về đất đai",
                        "Nội dung đất đai", null);
            }
            assertTrue(service.rebuildNow("test"));
            assertFalse(service.index().needsRebuild());
            assertEquals(30, ids(service, context, "đất đai").size());

            IndexFeed feed = new IndexFeed(context);
            int[] step = {0};
            content.duringBulk = () -> {
                if (step[0]++ == 5) {
                    // while the new index is filled: searches use the old one, changes go to both
                    assertEquals(30, ids(service, context, "đất đai").size(), "the old index still answers");
                    content.published.remove("d1");
                    feed.onEvent(FakeContent.event("content.item.unpublished", "so-noi-vu", "d1"));
                    content.publish("new", "tinh", "Quy hoạch đất đai mới", "đất đai", null);
                    feed.onEvent(FakeContent.event("content.item.published", "tinh", "new"));
                    assertTrue(service.index().isRebuilding());
                    assertTrue(service.index().status().getPercent() < 100);
                }
            };
            assertTrue(service.rebuildNow("admin"));
            List<String> after = ids(service, context, "đất đai");
            assertEquals(30, after.size(), after.toString());
            assertFalse(after.contains("d1"), "taken down during the build: not in the new index");
            assertTrue(after.contains("new"), "published during the build: in the new index");
            assertEquals(100, service.index().status().getPercent());
            try (Stream<Path> folders = Files.list(dir)) {
                assertEquals(1, folders.filter(p -> p.getFileName().toString().startsWith("index-")).count(),
                        "the old folder is gone");
            }
        } finally {
            plugin.stop();
        }
    }

    @Test
    void anIndexNotClosedCleanlyServesWhileItIsRebuilt() throws Exception {
        FakeContent content = new FakeContent();
        content.publish("k1", "tinh", "Đăng ký khai sinh trực tuyến", "Hộ tịch", null);
        InMemoryPluginContext context = Fixtures.context(dir).extension(content);
        SearchPlugin plugin = new SearchPlugin(context);
        plugin.start();
        SearchPlugin.service(context).rebuildNow("first");
        plugin.stop();
        Path current = new IndexFolders(dir).current().orElseThrow();
        assertFalse(Files.exists(current.resolve(LiveIndex.IN_USE)), "a clean stop leaves no marker");

        // as after a kill -9: the marker of the open index is still there, the last changes may be missing
        Files.writeString(current.resolve(LiveIndex.IN_USE), "open");
        content.publish("k2", "tinh", "Đăng ký khai tử trực tuyến", "Hộ tịch", null);
        plugin = new SearchPlugin(context);
        plugin.start();
        try {
            SearchService service = SearchPlugin.service(context);
            assertTrue(service.index().needsRebuild());
            assertTrue(service.index().damage().startsWith("not closed cleanly"), service.index().damage());
            assertEquals(List.of("k1"), ids(service, context, "trực tuyến"), "the index it has answers meanwhile");
            assertTrue(service.rebuildNow("start"));
            assertEquals(List.of("k1", "k2"), ids(service, context, "trực tuyến"), "the change it missed is back");
            assertFalse(service.index().needsRebuild());
        } finally {
            plugin.stop();
        }
    }

    @Test
    void aCorruptOrEmptiedIndexIsRebuiltAtStartWhileAnEmptyStandInAnswers() throws Exception {
        FakeContent content = new FakeContent();
        content.publish("k1", "tinh", "Đăng ký khai sinh trực tuyến", "Hộ tịch", null);
        InMemoryPluginContext context = Fixtures.context(dir).extension(content);
        SearchPlugin plugin = new SearchPlugin(context);
        plugin.start();
        SearchPlugin.service(context).rebuildNow("first");
        plugin.stop();

        Path current = new IndexFolders(dir).current().orElseThrow();
        try (Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                Files.write(f, "không phải chỉ mục".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        plugin = new SearchPlugin(context);
        plugin.start();
        try {
            SearchService service = SearchPlugin.service(context);
            assertTrue(service.index().needsRebuild());
            assertTrue(service.index().damage().startsWith("damaged"), service.index().damage());
            assertEquals(List.of(), ids(service, context, "khai sinh"), "the stand-in answers, empty");
            assertTrue(service.rebuildNow("start"));
            assertEquals(List.of("k1"), ids(service, context, "khai sinh"));
        } finally {
            plugin.stop();
        }

        // the files deleted: an empty folder would open as an empty index; it must be noticed
        current = new IndexFolders(dir).current().orElseThrow();
        try (Stream<Path> files = Files.list(current)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        plugin = new SearchPlugin(context);
        plugin.start();
        try {
            SearchService service = SearchPlugin.service(context);
            assertEquals("missing", service.index().damage());
            assertTrue(service.rebuildNow("start"));
            assertEquals(List.of("k1"), ids(service, context, "khai sinh"));
        } finally {
            plugin.stop();
        }
    }
}
