package vn.portal.kernel.api.event;

import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Receives events from the outbox, at least once, inside a JTA transaction that
 * also marks the delivery done. Throwing makes the kernel retry with backoff.
 * Implementations must be idempotent by {@link PortalEvent#id()}.
 */
public interface EventListener extends ExtensionPoint {

    /** Event types this listener wants; a type ending in {@code .*} matches a prefix, {@code *} everything. */
    Set<String> eventTypes();

    void onEvent(PortalEvent event) throws Exception;
}
