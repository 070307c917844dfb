package vn.portal.kernel.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Runs one listener for one event in its own transaction, together with marking it delivered. */
@ApplicationScoped
public class DeliveryRunner {

    @Inject
    DeliveryStore store;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void deliver(DeliveryStore.Due due, RegisteredListener listener) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(listener.classLoader());
        try {
            listener.listener().onEvent(due.event());
        } finally {
            thread.setContextClassLoader(previous);
        }
        store.markDelivered(due);
    }
}
