package vn.portal.kernel.api.web;

/**
 * The portal's one policy for HTML written by people (articles, answers, templates):
 * formatting, headings, lists, tables, links and images stay; scripts, styles, event
 * handlers, frames and {@code javascript:} URLs go. Text comes back in NFC.
 */
public interface RichText {

    /** Safe HTML to store and show; never null. */
    String sanitize(String html);

    /** Plain text of the HTML (for summaries, search and e-mail), whitespace collapsed. */
    String text(String html);
}
