package vn.portal.plugins.notify.template;

/**
 * A rendered message. {@code problem} is set when the administrator's template could not be used
 * and the built-in one was used instead (the message still goes out; the problem is logged with it).
 */
public record Rendered(String subject, String text, String html, String problem) {
}
