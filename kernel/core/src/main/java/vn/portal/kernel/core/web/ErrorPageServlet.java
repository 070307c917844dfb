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
        if (error != null) {
            LOG.log(Level.SEVERE, RequestContext.current().tag() + " " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " failed: " + error, error);
        }
        PlainPage.write(resp, status instanceof Integer i ? i : 500, "Xin lỗi, đã có lỗi xảy ra",
                "<p>Yêu cầu của bạn chưa được xử lý. Vui lòng thử lại sau.</p>"
                        + "<p lang=\"en\">Sorry, something went wrong. Please try again later.</p>", "/", "Trang chủ / Home");
    }
}
