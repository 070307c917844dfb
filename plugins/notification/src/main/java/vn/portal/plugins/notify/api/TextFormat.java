package vn.portal.plugins.notify.api;

/** How a channel's message text is written, and so how template variables are escaped in it. */
public enum TextFormat {
    /** Plain text (SMS, inbox). */
    PLAIN,
    /** Plain text plus an HTML alternative whose variables are HTML-escaped (e-mail). */
    PLAIN_AND_HTML,
    /** A JSON document whose variables are escaped as JSON string content (webhooks). */
    JSON
}
