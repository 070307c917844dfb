package vn.portal.kernel.core.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order to start plugins in: each after the plugins it depends on (required or optional),
 * otherwise in the order given. A plugin's extensions may implement another plugin's extension
 * points, whose classes must be loadable when the dependant's extensions are created.
 */
final class PluginOrder {

    private PluginOrder() {
    }

    /**
     * @param dependencies plugin id → ids it depends on, in the preferred order; ids not in the map
     *                     (plugins not installed) are ignored here and checked by the caller
     * @return the ids in start order; ids caught in a dependency cycle are left out
     */
    static List<String> sort(Map<String, List<String>> dependencies) {
        Map<String, List<String>> pending = new LinkedHashMap<>(dependencies);
        Set<String> done = new LinkedHashSet<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                var e = it.next();
                boolean ready = e.getValue().stream().allMatch(d -> done.contains(d) || !dependencies.containsKey(d));
                if (ready) {
                    done.add(e.getKey());
                    it.remove();
                    progress = true;
                    break; // restart from the top so the preferred order wins among the ready ones
                }
            }
        }
        return new ArrayList<>(done);
    }
}
