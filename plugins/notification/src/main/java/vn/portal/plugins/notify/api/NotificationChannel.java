package vn.portal.plugins.notify.api;

import org.pf4j.ExtensionPoint;

/**
 * A way to reach a person: e-mail, SMS, the portal inbox, a webhook — or one another plugin adds
 * (declare {@code <plugin.dependencies>notify?</plugin.dependencies>} and depend on this jar as
 * {@code provided}). The notification plugin renders the message with the channel's
 * {@link #format()}, then calls {@link #send} from its sender, outside any event transaction,
 * at least once per delivery: use {@link OutgoingMessage#key()} to let receivers drop repeats.
 */
public interface NotificationChannel extends ExtensionPoint {

    /** Lower-case id, stored with every delivery and subscription: {@code email}, {@code sms}, … */
    String id();

    /** How template variables are escaped for this channel. */
    TextFormat format();

    /** Null when the address can be used with this channel, else why not (shown to people as it is). */
    String checkAddress(String address);

    /**
     * Sends one message. Throw {@link DeliveryException#permanent} when retrying cannot help
     * (the address does not exist), {@link DeliveryException#transient_} otherwise.
     */
    void send(OutgoingMessage message) throws DeliveryException;

    /**
     * Sends one message and calls {@code handOver} the instant the message has irrevocably left the
     * portal, before waiting for the receiver's answer (see {@link HandOver}). If this then throws,
     * the sender takes the hand-over back and treats the failure as usual. Channels that cannot
     * tell that instant keep this default: their hand-over is the return of {@link #send(OutgoingMessage)}.
     */
    default void send(OutgoingMessage message, HandOver handOver) throws DeliveryException {
        send(message);
    }

    /** Messages per second this channel may send on one node, unless configured otherwise. */
    default int defaultRatePerSecond() {
        return 100;
    }
}
