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

    /** An extension point a plugin defines for others (as search defines Indexable). */
    public interface Greeting extends org.pf4j.ExtensionPoint {
        String greet();
    }

    /** Another plugin's implementation of it. */
    public static class FriendlyGreeting implements Greeting {
        @Override
        public String greet() {
            return "xin chào";
        }
    }

    /** Declared as an extension but implementing nothing. */
    public static class NotAnExtension {
    }

    @TempDir
    Path dir;

    @Test
    void anExtensionOfAnotherPluginsExtensionPointPasses() throws Exception {
        Path definer = PluginJarBuilder.create("definer", "1.0.0").requires(">=0.1.0").addClass(Greeting.class)
                .extension(Listener.class).build(dir);
        Path user = PluginJarBuilder.create("user", "1.0.0").requires(">=0.1.0").dependencies("definer?")
                .extension(FriendlyGreeting.class).build(dir);
        assertEquals(List.of(), PluginJarCheck.problems(user, definer));
    }

    @Test
    void anExtensionImplementingNothingIsCaught() throws Exception {
        Path jar = PluginJarBuilder.create("nothing", "1.0.0").requires(">=0.1.0").extension(NotAnExtension.class)
                .build(dir);
        assertTrue(PluginJarCheck.problems(jar).stream().anyMatch(p -> p.contains("implements no kernel-api")));
    }

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
