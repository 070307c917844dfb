package vn.portal.kernel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;

class PluginJarCheckTest {

    /** A well-formed extension. */
    public static class Listener implements EventListener {
        @Override
        public Set<String> eventTypes() {
            return Set.of("*");
        }

        @Override
        public void onEvent(PortalEvent event) {
        }
    }

    @TempDir
    Path dir;

    @Test
    void aCorrectJarPasses() throws Exception {
        Path jar = PluginJarBuilder.create("good", "1.0.0").requires(">=0.1.0").extension(Listener.class).build(dir);
        assertEquals(List.of(), PluginJarCheck.problems(jar));
    }

    @Test
    void bundlingKernelApiIsCaught() throws Exception {
        Path jar = PluginJarBuilder.create("bundled", "1.0.0").requires(">=0.1.0").extension(Listener.class)
                .addClass(EventListener.class).addClass(PortalEvent.class).build(dir);
        List<String> problems = PluginJarCheck.problems(jar);
        assertTrue(problems.stream().anyMatch(p -> p.contains("bundles vn/portal/kernel/api/")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("implements no kernel-api extension point provided by the host")),
                problems.toString());
    }

    @Test
    void aMissingIndexIsCaught() throws Exception {
        Path jar = PluginJarBuilder.create("noindex", "1.0.0").requires(">=0.1.0").extension(Listener.class)
                .withoutExtensionIndex().build(dir);
        assertTrue(PluginJarCheck.problems(jar).stream().anyMatch(p -> p.contains("no META-INF/extensions.idx")));
    }
}
