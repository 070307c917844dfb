package vn.portal.kernel.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Gives plugin code one EntityManager per JTA transaction and factory, closed when
 * the transaction completes — what the container does for its own units.
 */
@ApplicationScoped
public class TransactionScopedEntityManagers {

    @Resource
    TransactionSynchronizationRegistry registry;

    public EntityManager current(EntityManagerFactory emf) {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException(
                    "No active transaction: use context.transactions().required(...) around persistence work");
        }
        Object key = new Key(emf);
        EntityManager em = (EntityManager) registry.getResource(key);
        if (em == null) {
            EntityManager created = emf.createEntityManager();
            created.joinTransaction();
            registry.putResource(key, created);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // EclipseLink flushes on its own synchronization
                }

                @Override
                public void afterCompletion(int status) {
                    if (created.isOpen()) {
                        created.close();
                    }
                }
            });
            em = created;
        }
        return em;
    }

    private record Key(EntityManagerFactory emf) {
    }
}
