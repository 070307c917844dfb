package vn.portal.kernel.core.web;

import vn.portal.kernel.api.web.Html;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.portal.kernel.core.common.RequestContext;

/**
 * A minimal bilingual page for the moments no theme can be trusted (server errors,
 * sign-in failures): a title, a short explanation, the request's reference and one link.
 * Never a stack trace or an exception name.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static void write(HttpServletResponse resp, int status, String titleVi, String text, String linkUrl,
            String linkLabel) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                + Html.escape(titleVi) + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "</head><body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                + "<h1>" + Html.escape(titleVi) + "</h1>" + text
                + "<p>Mã tham chiếu / Reference: <code>" + Html.escape(RequestContext.current().requestId()) + "</code></p>"
                + (linkUrl == null ? "" : "<p><a href=\"" + Html.escape(linkUrl) + "\">" + Html.escape(linkLabel) + "</a></p>")
                + "</body></html>");
    }
}
