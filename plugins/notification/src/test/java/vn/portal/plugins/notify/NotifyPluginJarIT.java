package vn.portal.plugins.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.testkit.PluginJarCheck;
import vn.portal.plugins.notify.api.NotificationChannel;

/** The jar Maven just built loads as a plugin: descriptor, no bundled kernel-api, extensions visible. */
class NotifyPluginJarIT {

    private static final List<String> CHANNELS = List.of("EmailChannel", "InboxChannel", "SmsChannel", "WebhookChannel");

    @Test
    void theBuiltJarIsAValidPlugin() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("portal-plugin-notification-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no plugin jar in target/"));
        }
        // the channels implement this plugin's own NotificationChannel, which the check accepts
        List<String> problems = PluginJarCheck.problems(jar);
        assertEquals(List.of(), problems);
        for (String c : CHANNELS) {
            assertTrue(NotificationChannel.class.isAssignableFrom(Class.forName("vn.portal.plugins.notify.channel." + c)));
            assertTrue(org.pf4j.ExtensionPoint.class.isAssignableFrom(NotificationChannel.class));
        }
    }
}
