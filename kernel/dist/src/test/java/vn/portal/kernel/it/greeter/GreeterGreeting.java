package vn.portal.kernel.it.greeter;

import org.pf4j.Extension;
import vn.portal.kernel.it.probe.ProbeGreeting;

/**
 * Implements the probe plugin's extension point from another plugin. Packed into two test
 * plugins: `greeter` (optional dependency on probe: found through probe) and `lonely` (optional
 * dependency on a plugin that is not installed: left out, the plugin still starts).
 */
@Extension
public class GreeterGreeting implements ProbeGreeting {

    @Override
    public String greeting() {
        return "xin chào từ greeter";
    }
}
