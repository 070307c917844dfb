package vn.portal.plugins.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folders in the plugin's local directory: {@code index-<n>} folders and a file
 * {@code current} naming the one searches use. A rebuild fills a new folder and then
 * replaces {@code current} in one atomic rename, so a crash at any moment leaves either the
 * old complete index or the new complete one — never a half-built one marked current.
 */
public final class IndexFolders {

    static final String POINTER = "current";
    private static final String PREFIX = "index-";

    private final Path root;

    public IndexFolders(Path root) {
        this.root = root;
    }

    /** The folder {@code current} names, if it exists and holds a committed index. */
    public Optional<Path> current() {
        Path pointer = root.resolve(POINTER);
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
                return Optional.empty();
            }
            Path dir = root.resolve(name);
            return hasCommit(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the folder holds a Lucene commit point. A folder whose files were deleted would
     * otherwise open as a new, empty index and the loss would go unnoticed.
     */
    static boolean hasCommit(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        }
    }

    /** A new, empty folder for an index being built. */
    public Path newFolder() {
        try {
            Files.createDirectories(root);
            long n = System.currentTimeMillis();
            while (Files.exists(root.resolve(PREFIX + n))) {
                n++;
            }
            return Files.createDirectory(root.resolve(PREFIX + n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points {@code current} at the folder, atomically where the file system allows it. */
    public void makeCurrent(Path dir) {
        Path pointer = root.resolve(POINTER);
        Path next = root.resolve(POINTER + ".next");
        try {
            Files.writeString(next, dir.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, pointer, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every index folder but the one kept (left-overs of earlier indexes and failed builds). */
    public void deleteAllBut(Path keep) {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(keep)).toList()) {
                delete(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
