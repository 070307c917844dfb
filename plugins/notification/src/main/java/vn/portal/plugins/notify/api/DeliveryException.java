package vn.portal.plugins.notify.api;

/** A send that failed: transient ones are retried with backoff, permanent ones go to the dead letters at once. */
public class DeliveryException extends Exception {

    private final boolean permanent;

    private DeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, cause, true);
    }

    /** Worth trying again later (server down, timeout, rate limited by the provider). */
    public static DeliveryException transient_(String message, Throwable cause) {
        return new DeliveryException(message, cause, false);
    }

    public boolean permanent() {
        return permanent;
    }
}
