package vn.portal.kernel.api.persistence;

import java.util.concurrent.Callable;

/** JTA transaction demarcation for plugin code (plugin classes are not container beans). */
public interface Transactions {

    /** Runs the work in the current transaction, or in a new one that commits when it returns. */
    <T> T required(Callable<T> work);

    default void required(Runnable work) {
        required(() -> {
            work.run();
            return null;
        });
    }
}
