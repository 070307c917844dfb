package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.plugins.search.engine.Docs.doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches run while one thread writes and refreshes: no errors, and every search sees a consistent index. */
class ConcurrentSearchTest {

    @TempDir
    Path dir;

    @Test
    void searchesWhileWriting() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> searches = new ArrayList<>();
            for (int t = 0; t < 7; t++) {
                searches.add(pool.submit(() -> {
                    int n = 0;
                    while (writing.get() || n == 0) {
                        SearchResults r = index.search(SearchQuery.of("thông báo đất đai"));
                        // a search sees whole batches: the facet total always equals the hit total
                        long bySite = r.facets().get("site").values().stream().mapToLong(Long::longValue).sum();
                        assertEquals(r.total(), bySite);
                        index.suggest("thông b", Set.of(), null, 5);
                        n++;
                    }
                    return n;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int batch = 0; batch < 20; batch++) {
                    for (int i = 0; i < 50; i++) {
                        int id = batch * 50 + i;
                        index.upsert(doc("d" + id, "site" + (id % 3), "article", "Thông báo " + id + " về đất đai",
                                "Nội dung " + id, "2024-01-01"));
                    }
                    index.refresh();
                }
                writing.set(false);
                return null;
            });
            writer.get(2, TimeUnit.MINUTES);
            for (Future<Integer> f : searches) {
                assertTrue(f.get(2, TimeUnit.MINUTES) > 0);
            }
            pool.shutdown();
            assertEquals(1000, index.search(SearchQuery.of("thông báo đất đai")).total());
        }
    }
}
