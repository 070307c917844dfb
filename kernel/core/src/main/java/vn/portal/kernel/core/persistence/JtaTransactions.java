package vn.portal.kernel.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;
import vn.portal.kernel.api.persistence.Transactions;

/** Transaction demarcation for plugin code, through the container's {@code @Transactional}. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = Exception.class)
    public <T> T required(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TransactionWorkException(e);
        }
    }

    /** Carries a checked exception of the work out of the transaction (which is rolled back). */
    public static final class TransactionWorkException extends RuntimeException {
        TransactionWorkException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
