package vn.portal.kernel.core.event;

import java.util.List;
import java.util.Optional;

/** The listeners of started plugins (implemented by the plugin host). */
public interface ListenerDirectory {

    List<RegisteredListener> listeners();

    default Optional<RegisteredListener> listener(String id) {
        return listeners().stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
