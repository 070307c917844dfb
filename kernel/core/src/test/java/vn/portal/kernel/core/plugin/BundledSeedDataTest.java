package vn.portal.kernel.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.api.plugin.SeedData;

class BundledSeedDataTest {

    @TempDir
    Path tmp;

    /** The seed as the build lays it out: seed/sites/demo/content/… next to another plugin's folder. */
    private Path folder() throws IOException {
        Path content = tmp.resolve("classes/seed/sites/demo/content");
        Files.createDirectories(content.resolve("images"));
        Files.writeString(content.resolve("tinh.json"), "{\"site\":\"tinh\"}");
        Files.writeString(content.resolve("so-noi-vu.json"), "{}");
        Files.write(content.resolve("images/a.png"), new byte[] {1, 2, 3});
        Files.createDirectories(tmp.resolve("classes/seed/sites/demo/search"));
        Files.writeString(tmp.resolve("classes/seed/sites/demo/search/queries.txt"), "UBND");
        Files.writeString(tmp.resolve("classes/seed/sites/demo/sites.json"), "{}");
        return tmp.resolve("classes");
    }

    @Test
    void readsAndListsAPluginsFolderFromAnExplodedClassPath() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder().toUri().toURL()}, null)) {
            assertSeed(BundledSeedData.of("demo", "content", loader));
        }
    }

    @Test
    void readsAndListsAPluginsFolderFromAJar() throws IOException {
        Path classes = folder();
        Path jar = tmp.resolve("kernel.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                var files = Files.walk(classes)) {
            for (Path p : files.sorted().toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(Files.isDirectory(p) ? name + "/" : name));
                if (Files.isRegularFile(p)) {
                    out.write(Files.readAllBytes(p));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertSeed(BundledSeedData.of("demo", "content", loader));
        }
    }

    private static void assertSeed(SeedData seed) throws IOException {
        assertEquals("demo", seed.name());
        assertEquals(List.of("so-noi-vu.json", "tinh.json"), seed.list(""), "files only, sorted, no sub-folders");
        assertEquals(List.of("a.png"), seed.list("images"));
        assertEquals(List.of("a.png"), seed.list("images/"));
        assertEquals(List.of(), seed.list("nothing-here"));
        try (InputStream in = seed.open("tinh.json").orElseThrow()) {
            assertEquals("{\"site\":\"tinh\"}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = seed.open("images/a.png").orElseThrow()) {
            assertEquals(3, in.readAllBytes().length);
        }
        assertTrue(seed.open("missing.json").isEmpty());
        assertTrue(!seed.isEmpty());
    }

    @Test
    void aPluginCannotReadOutsideItsFolder() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder().toUri().toURL()}, null)) {
            SeedData seed = BundledSeedData.of("demo", "content", loader);
            assertThrows(IllegalArgumentException.class, () -> seed.open("../search/queries.txt"));
            assertThrows(IllegalArgumentException.class, () -> seed.open("../sites.json"));
            assertThrows(IllegalArgumentException.class, () -> seed.open("/etc/passwd"));
            assertThrows(IllegalArgumentException.class, () -> seed.list(".."));
            assertThrows(IllegalArgumentException.class, () -> seed.open(""));
            // another plugin sees only its own folder
            SeedData search = BundledSeedData.of("demo", "search", loader);
            assertEquals(List.of("queries.txt"), search.list(""));
            assertTrue(search.open("tinh.json").isEmpty());
        }
    }

    @Test
    void noSeedMeansNoData() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder().toUri().toURL()}, null)) {
            assertSame(SeedData.NONE, BundledSeedData.of("none", "content", loader));
            assertEquals("", SeedData.NONE.name());
            assertTrue(SeedData.NONE.isEmpty());
            SeedData other = BundledSeedData.of("other", "content", loader);
            assertEquals(List.of(), other.list(""), "a seed without this plugin's folder is empty");
            assertTrue(other.isEmpty());
            assertThrows(IllegalStateException.class, () -> BundledSeedData.of("../demo", "content", loader));
        }
    }
}
