package vn.portal.plugins.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.engine.SearchIndex;

/** A rebuild's writer threads: every document handed over is in the index, and a failure is not lost. */
class ParallelWriterTest {

    @TempDir
    Path dir;

    private static SearchDocument doc(int i) {
        return new SearchDocument("content", "d" + i, "tinh", "article", "vi", "Thông báo số " + i, null,
                "Nội dung " + i, "/d" + i, null, List.of(), null, null, null);
    }

    @Test
    void everyDocumentHandedOverIsWritten() {
        SearchIndex index = SearchIndex.recreate(dir);
        try {
            AtomicLong written = new AtomicLong();
            try (ParallelWriter writer = new ParallelWriter(index, 3, written)) {
                for (int i = 0; i < 1234; i++) {
                    writer.add(doc(i));
                }
                writer.finish();
            }
            index.refresh();
            assertEquals(1234, written.get());
            assertEquals(1234, index.count("tinh"));
        } finally {
            index.close();
        }
    }

    @Test
    void aFailureOfAWriterThreadReachesTheRebuild() {
        SearchIndex index = SearchIndex.recreate(dir);
        index.close();   // every write now fails, as when the plugin stops during a rebuild
        try (ParallelWriter writer = new ParallelWriter(index, 2, new AtomicLong())) {
            assertThrows(RuntimeException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    writer.add(doc(i));
                }
                writer.finish();
            });
        }
    }
}
