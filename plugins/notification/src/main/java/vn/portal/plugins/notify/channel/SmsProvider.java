package vn.portal.plugins.notify.channel;

import vn.portal.plugins.notify.api.DeliveryException;

/** Hands a text to an SMS operator or aggregator. Chosen by {@code plugin.notify.sms.provider}: {@code http} or {@code log}. */
public interface SmsProvider {

    /**
     * @param phone the number as +84…
     * @param key   the delivery's idempotency key, passed on so the gateway can drop repeats
     */
    void send(String phone, String text, String key) throws DeliveryException;
}
