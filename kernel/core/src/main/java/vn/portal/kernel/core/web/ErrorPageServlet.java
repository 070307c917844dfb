package vn.portal.kernel.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.core.common.RequestContext;

/**
 * The last resort for errors that escape a page (framework failures in the admin,
 * say): a short bilingual message with the request's reference, never a stack trace
 * or exception class. The error itself goes to the log with its context.
 */
@WebServlet(urlPatterns = "/error", name = "error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reference = RequestContext.current().requestId();
        if (error != null) {
            LOG.log(Level.SEVERE, RequestContext.current().tag() + " " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " failed: " + error, error);
        }
        resp.setStatus(status instanceof Integer i ? i : 500);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi hệ thống</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                + "<h1>Xin lỗi, đã có lỗi xảy ra</h1><p>Yêu cầu của bạn chưa được xử lý. Vui lòng thử lại sau.</p>"
                + "<p lang=\"en\">Sorry, something went wrong. Please try again later.</p>"
                + "<p>Mã tham chiếu / Reference: <code>" + Html.escape(reference) + "</code></p>"
                + "<p><a href=\"/\">Trang chủ / Home</a></p></body></html>");
    }
}
