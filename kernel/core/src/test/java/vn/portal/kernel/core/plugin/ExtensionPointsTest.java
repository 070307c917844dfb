package vn.portal.kernel.core.plugin;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.plugin.PluginIds;
import vn.portal.kernel.api.scheduler.ScheduledJob;

class ExtensionPointsTest {

    static class Job implements ScheduledJob {
        @Override
        public String id() {
            return "j";
        }

        @Override
        public Duration interval() {
            return Duration.ofMinutes(1);
        }

        @Override
        public void run() {
        }
    }

    static class NotAnExtension {
    }

    @Test
    void kernelExtensionPointsAreRecognised() {
        assertNull(ExtensionPoints.problem(Job.class));
        String problem = ExtensionPoints.problem(NotAnExtension.class);
        assertNotNull(problem);
        assertTrue(problem.contains("implements no extension point"), problem);
    }

    @Test
    void pluginIdsBecomeSafeTablePrefixes() {
        assertNull(PluginIds.problem("notice"));
        assertNull(PluginIds.problem("eform2"));
        assertNotNull(PluginIds.problem("E-Form"));
        assertNotNull(PluginIds.problem("sites"));
        assertNotNull(PluginIds.problem("x"));
    }
}
