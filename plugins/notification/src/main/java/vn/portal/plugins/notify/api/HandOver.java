package vn.portal.plugins.notify.api;

/**
 * Told by a channel the instant a message has left the portal for good: from then on the receiver
 * gets the whole message even if the portal is killed (for e-mail, the final "." of DATA is in the
 * operating system's socket buffer; the server's answer is still to come). The sender journals it,
 * so a portal killed while waiting for the answer does not send the message again at its restart.
 * A channel that cannot tell this instant never calls it: its hand-over is the return of
 * {@link NotificationChannel#send}.
 */
@FunctionalInterface
public interface HandOver {

    /** Nobody listens (a send outside the sender: tests, previews). */
    HandOver NONE = () -> {
    };

    /** Called at most once per send, on the sending thread; returns at once and never throws. */
    void handedOver();
}
