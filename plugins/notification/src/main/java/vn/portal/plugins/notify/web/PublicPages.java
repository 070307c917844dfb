package vn.portal.plugins.notify.web;

import java.util.Optional;
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

    static String status(RenderRequest r, boolean ok, String vi, String en) {
        return "<p class=\"" + (ok ? "form-ok" : "form-errors") + "\" role=\"" + (ok ? "status" : "alert") + "\">"
                + Html.escape(t(r, vi, en)) + "</p>";
    }

    static Optional<PageContent> page(String title, String html) {
        return Optional.of(new PageContent(200, title, "<section class=\"notify-page\"><h1>" + Html.escape(title) + "</h1>"
                + html + "</section>"));
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value == null ? "" : value) + "\">";
    }
}
