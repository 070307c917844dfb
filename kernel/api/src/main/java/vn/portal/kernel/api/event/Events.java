package vn.portal.kernel.api.event;

/**
 * Publishes domain events through the transactional outbox: the event row commits
 * or rolls back with the caller's JTA transaction, then is delivered at least once
 * to every {@link EventListener} whose types match.
 */
public interface Events {

    /**
     * Records the event in the current transaction (one is started if none is active).
     *
     * @return the event id
     */
    String publish(String type, String siteKey, String payloadJson);
}
