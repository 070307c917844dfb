package vn.portal.plugins.notify.delivery;

/**
 * Who gets a message, on which channel, in which language.
 *
 * @param subscriptionId the subscription that asked for it (content messages), else null
 * @param digest         DAILY or WEEKLY to hold the message for a digest, else null
 */
public record Recipient(String channel, String address, String locale, String subscriptionId, String digest) {

    public static Recipient direct(String channel, String address, String locale) {
        return new Recipient(channel, address, locale, null, null);
    }
}
