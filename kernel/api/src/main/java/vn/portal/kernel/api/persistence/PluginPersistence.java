package vn.portal.kernel.api.persistence;

import jakarta.persistence.EntityManager;

/** A plugin's own persistence unit. */
public interface PluginPersistence {

    /**
     * The EntityManager bound to the current JTA transaction; it is closed when the
     * transaction ends. Call it inside {@link Transactions#required}.
     */
    EntityManager entityManager();
}
