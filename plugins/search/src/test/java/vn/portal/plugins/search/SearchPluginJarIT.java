package vn.portal.plugins.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.testkit.PluginJarCheck;

/**
 * The jar Maven just built loads as a plugin, and Lucene inside it works on its own: the
 * codecs are found through the merged META-INF/services of the shaded jar, with nothing of
 * Lucene on the class path of the loader's parent.
 */
class SearchPluginJarIT {

    @TempDir
    Path dir;

    private static Path jar() throws Exception {
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("portal-plugin-search-[^-]+-SNAPSHOT\\.jar|portal-plugin-search-[0-9.]+\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no plugin jar in target/"));
        }
    }

    @Test
    void theBuiltJarIsAValidPlugin() throws Exception {
        assertEquals(List.of(), PluginJarCheck.problems(jar()));
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertEquals("search", jar.getManifest().getMainAttributes().getValue("Plugin-Id"));
            assertNotNull(jar.getJarEntry("org/apache/lucene/index/IndexWriter.class"), "Lucene is bundled");
            assertEquals(null, jar.getJarEntry("module-info.class"));
        }
    }

    @Test
    void luceneInsideTheJarIndexesAndSearches() throws Exception {
        try (URLClassLoader alone = new URLClassLoader(new URL[] {jar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> indexClass = alone.loadClass("vn.portal.plugins.search.engine.SearchIndex");
            Class<?> docClass = alone.loadClass("vn.portal.plugins.search.api.SearchDocument");
            Object doc = docClass.getConstructors()[0].newInstance("content", "1", "tinh", "article", "vi",
                    "Quyết định về đất đai", null, "Nội dung", "/s/tinh/1", Instant.now(), List.of(), null, null, null);
            AutoCloseable index = (AutoCloseable) indexClass.getMethod("open", Path.class).invoke(null, dir);
            try {
                indexClass.getMethod("upsert", docClass).invoke(index, doc);
                indexClass.getMethod("commit").invoke(index);
                indexClass.getMethod("refresh").invoke(index);
                assertEquals(1L, indexClass.getMethod("count", String.class).invoke(index, "tinh"));
            } finally {
                index.close();
            }
        }
    }
}
