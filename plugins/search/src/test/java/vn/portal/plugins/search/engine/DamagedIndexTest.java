package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.portal.plugins.search.engine.Docs.doc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index is reported (so the plugin rebuilds it), never silently half-read. */
class DamagedIndexTest {

    @TempDir
    Path dir;

    private void writeIndex() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            for (int i = 0; i < 50; i++) {
                index.upsert(doc("d" + i, "tinh", "article", "Thông báo số " + i + " về đất đai",
                        "Nội dung thông báo " + i + " của Ủy ban nhân dân tỉnh.", "2024-01-01"));
            }
            index.commit();
        }
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private Path largest() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    @Test
    void aMissingDirectoryIsAnEmptyIndex() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir.resolve("a/b"))) {
            assertEquals(0, index.count("tinh"));
        }
    }

    @Test
    void reopensWhatWasCommitted() throws Exception {
        writeIndex();
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertEquals(50, index.count("tinh"));
        }
    }

    @Test
    void aTruncatedFileIsDamage() throws Exception {
        writeIndex();
        Path victim = largest();
        try (FileChannel c = FileChannel.open(victim, StandardOpenOption.WRITE)) {
            c.truncate(c.size() / 2);
        }
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir), victim.toString());
    }

    @Test
    void aMissingSegmentFileIsDamage() throws Exception {
        writeIndex();
        Files.delete(files(".si").get(0));
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir));
    }

    @Test
    void aGarbledCommitIsDamage() throws Exception {
        writeIndex();
        Path commit = files("").stream().filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst()
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(commit);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 8; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(commit, bytes);
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir));
    }

    @Test
    void filesWithoutACommitAreDamage() throws Exception {
        writeIndex();
        for (Path p : files("")) {
            if (p.getFileName().toString().startsWith("segments_")) {
                Files.delete(p);
            }
        }
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir));
    }

    @Test
    void anIndexOfAnotherSchemaVersionMustBeRebuilt() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
            w.commit();
        }
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir));
    }

    @Test
    void recreateAfterDamageGivesAWorkingEmptyIndex() throws Exception {
        writeIndex();
        try (FileChannel c = FileChannel.open(largest(), StandardOpenOption.WRITE)) {
            c.truncate(10);
        }
        assertThrows(IndexDamagedException.class, () -> SearchIndex.open(dir));
        try (SearchIndex index = SearchIndex.recreate(dir)) {
            assertEquals(0, index.count("tinh"));
            index.upsert(doc("x", "tinh", "article", "Đất đai", "", null));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertEquals(1, index.count("tinh"));
        }
    }

    @Test
    void anIndexOpenElsewhereIsNotDamage() throws Exception {
        try (SearchIndex first = SearchIndex.open(dir)) {
            assertThrows(UncheckedIOException.class, () -> SearchIndex.open(dir));
            assertEquals(0, first.count("tinh"));
        }
    }
}
