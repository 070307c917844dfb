package vn.portal.plugins.notify.web;

import java.util.Optional;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The public pages' shared parts: plain HTML forms that work without script, posting to the
 * plugin's public endpoints, the outcome shown when the visitor comes back ({@code ?da-gui=1},
 * {@code ?loi=…}, {@code ?ket-qua=ok|loi}) in their language and announced to screen readers.
 */
final class PublicPages {

    private PublicPages() {
    }

    static String t(RenderRequest r, String vi, String en) {
        return "en".equals(r.locale()) ? en : vi;
    }

    static String action(RenderRequest r, String endpoint) {
        return "/api/v1/notify/public/" + endpoint + "?site=" + Html.escape(r.site().key());
    }

    /** A signed-in person's own endpoints ({@code /api/v1/notify/me/…}). */
    static String meAction(RenderRequest r, String endpoint) {
        return "/api/v1/notify/me/" + endpoint + "?site=" + Html.escape(r.site().key());
    }

    static String status(RenderRequest r, boolean ok, String vi, String en) {
        return "<p class=\"" + (ok ? "form-ok" : "form-errors") + "\" role=\"" + (ok ? "status" : "alert") + "\">"
                + Html.escape(t(r, vi, en)) + "</p>";
    }

    static Optional<PageContent> page(String title, String html) {
        // the theme shows the title as the page's heading
        return Optional.of(new PageContent(200, title, "<section class=\"notify-page\">" + html + "</section>"));
    }

    /**
     * The signed-in session's form token as the field {@code _csrf}: the kernel refuses a
     * session's POST to the API without it (or the X-CSRF-Token header). Nothing for visitors
     * who are not signed in — their posts carry no session, so there is nothing to forge.
     */
    static String csrf(PluginContext context) {
        return context.identity().csrfToken().map(t -> hidden("_csrf", t)).orElse("");
    }

    /** Radio buttons: at once, a daily digest, a weekly digest. */
    static void digestChoices(StringBuilder b, RenderRequest r, String idPrefix, String checked) {
        String[][] choices = {{"NONE", "Ngay khi có tin", "As soon as published"},
            {"DAILY", "Một bản tin mỗi ngày", "One digest a day"},
            {"WEEKLY", "Một bản tin mỗi tuần", "One digest a week"}};
        for (String[] c : choices) {
            String id = idPrefix + "-" + c[0].toLowerCase(java.util.Locale.ROOT);
            b.append("<p><input type=\"radio\" name=\"digest\" id=\"").append(id).append("\" value=\"").append(c[0])
                    .append("\"").append(c[0].equals(checked) ? " checked" : "").append("><label for=\"").append(id)
                    .append("\">").append(Html.escape(t(r, c[1], c[2]))).append("</label></p>");
        }
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value == null ? "" : value) + "\">";
    }
}
