package vn.portal.plugins.notify.api;

/**
 * One rendered message for one recipient on one channel.
 *
 * @param key            the idempotency key (event id + recipient + channel, hashed): the same for
 *                       every attempt, so receivers can drop a repeat (e-mail: the Message-ID)
 * @param eventType      what happened: {@code eform.dossier.status-changed}, {@code content.item.published}, …
 * @param recipient      the channel's address: an e-mail address, a phone number, a user id, a URL
 * @param locale         {@code vi} or {@code en}
 * @param subject        a short line (e-mail subject, inbox title); may be empty for SMS
 * @param text           the body in the channel's {@link TextFormat} (plain text, or JSON for webhooks)
 * @param html           the HTML body for {@link TextFormat#PLAIN_AND_HTML}, else null
 * @param link           where the message leads (a dossier's tracking page, an article), or null
 * @param unsubscribeUrl one-click unsubscribe (RFC 8058) for subscription messages, else null
 */
public record OutgoingMessage(String key, String eventType, String recipient, String locale, String subject,
        String text, String html, String link, String unsubscribeUrl) {
}
