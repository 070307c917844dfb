package vn.portal.kernel.core.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import vn.portal.kernel.core.identity.SessionKeys;
import vn.portal.kernel.core.identity.oidc.OidcProvider;
import vn.portal.kernel.core.identity.oidc.OidcSessionKeys;

/**
 * The gate in front of every admin view: only the sign-in page is open; a session
 * that must change its password reaches nothing but the change page. It reads the
 * session and never creates one, so anonymous probes cost no server memory — except
 * with single sign-on configured: then a page asked for without a session first tries
 * a silent sign-in at the identity provider (prompt=none), which needs a session to
 * keep its state; only if that finds no session there does the sign-in page appear.
 */
@WebFilter(urlPatterns = "/admin/*", filterName = "admin-gate")
public class AdminFilter extends HttpFilter {

    static final String LOGIN = "/admin/login.xhtml";
    static final String CHANGE_PASSWORD = "/admin/change-password.xhtml";
    static final String DASHBOARD = "/admin/index.xhtml";
    /** Templates are included by views, never requested. */
    private static final String LAYOUT = "/admin/layout/";
    private static final Set<String> WHILE_MUST_CHANGE = Set.of(CHANGE_PASSWORD, LOGIN);

    @Inject
    OidcProvider oidc;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // admin pages carry personal data and forms: never cached, never framed
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith(LAYOUT)) {
            resp.sendError(404);
            return;
        }
        HttpSession session = req.getSession(false);
        boolean signedIn = session != null && session.getAttribute(SessionKeys.USER) != null;
        boolean mustChange = signedIn && Boolean.TRUE.equals(session.getAttribute(SessionKeys.MUST_CHANGE));
        if (path.equals(LOGIN)) {
            if (signedIn && !mustChange && "GET".equals(req.getMethod())) {
                redirect(req, resp, DASHBOARD);
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        if (!signedIn && trySilentSignIn(req, session)) {
            String wanted = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            redirect(req, resp, "/auth/oidc/login?prompt=none&return=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        } else if (!signedIn) {
            redirect(req, resp, LOGIN);
        } else if (mustChange && !WHILE_MUST_CHANGE.contains(path)) {
            redirect(req, resp, CHANGE_PASSWORD);
        } else {
            chain.doFilter(req, resp);
        }
    }

    /** Plain page requests only, and once per session: after "login_required" the sign-in page is shown. */
    private boolean trySilentSignIn(HttpServletRequest req, HttpSession session) {
        return oidc.enabled() && "GET".equals(req.getMethod()) && req.getHeader("Faces-Request") == null
                && (session == null || session.getAttribute(OidcSessionKeys.SILENT_FAILED) == null);
    }

    /** An Ajax request cannot follow a 302; Faces clients expect a partial-response redirect instead. */
    private static void redirect(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        String url = req.getContextPath() + path;
        if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
            resp.setContentType("text/xml;charset=UTF-8");
            resp.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
            return;
        }
        resp.sendRedirect(url);
    }
}
