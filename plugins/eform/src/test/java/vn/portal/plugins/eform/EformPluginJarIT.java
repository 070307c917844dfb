package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.testkit.PluginJarCheck;

/** The jar Maven just built loads as a plugin: descriptor, no bundled kernel-api, extensions visible. */
class EformPluginJarIT {

    @Test
    void theBuiltJarIsAValidPlugin() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("portal-plugin-eform-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no plugin jar in target/"));
        }
        assertEquals(List.of(), PluginJarCheck.problems(jar));
    }
}
