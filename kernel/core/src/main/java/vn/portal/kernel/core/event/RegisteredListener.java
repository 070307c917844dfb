package vn.portal.kernel.core.event;

import vn.portal.kernel.api.event.EventListener;

/**
 * A listener with the stable id its deliveries are recorded under
 * ({@code <pluginId>:<class name>}) and the classloader to run it with.
 */
public record RegisteredListener(String id, EventListener listener, ClassLoader classLoader) {

    public boolean wants(String eventType) {
        for (String t : listener.eventTypes()) {
            if (t.equals("*") || t.equals(eventType)
                    || (t.endsWith(".*") && eventType.startsWith(t.substring(0, t.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
