package vn.portal.kernel.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginOrderTest {

    @Test
    void dependenciesStartFirstAndOtherwiseTheGivenOrderHolds() {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("content", List.of("search"));
        deps.put("eform", List.of("content", "notification"));
        deps.put("notice", List.of());
        deps.put("notification", List.of());
        deps.put("search", List.of());
        assertEquals(List.of("notice", "notification", "search", "content", "eform"), PluginOrder.sort(deps));
    }

    @Test
    void aDependencyThatIsNotInstalledDoesNotHoldThePluginBack() {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("content", List.of("search"));
        deps.put("notice", List.of());
        assertEquals(List.of("content", "notice"), PluginOrder.sort(deps));
    }

    @Test
    void pluginsInACycleAreLeftOut() {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("a", List.of("b"));
        deps.put("b", List.of("a"));
        deps.put("c", List.of("a"));
        deps.put("d", List.of());
        assertEquals(List.of("d"), PluginOrder.sort(deps));
    }
}
