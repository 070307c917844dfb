package vn.portal.plugins.notify.template;

/** The source of one template: a subject line (may be empty) and a body, with where it came from. */
public record TemplateText(String kind, String channel, String locale, String subject, String body, boolean builtIn) {
}
