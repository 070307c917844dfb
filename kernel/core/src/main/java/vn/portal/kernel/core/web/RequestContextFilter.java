package vn.portal.kernel.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.RequestContext;
import java.util.Optional;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.ApiTokens;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;
import vn.portal.kernel.core.identity.SessionKeys;
import vn.portal.kernel.core.identity.oidc.OidcBearer;
import vn.portal.kernel.core.identity.oidc.OidcException;

/**
 * Opens the request context (id, user) for every request. Users come from the
 * session — never created here — or, on the API, from HTTP Basic, a portal API token
 * or an OpenID Connect access token ({@link OidcBearer}). Session-authenticated API
 * writes must carry the session's {@code X-CSRF-Token} — or, for a plain HTML form that works
 * without script ({@code application/x-www-form-urlencoded}), the same token as the field
 * {@code _csrf} (plugins put it in their forms with {@code Identity.csrfToken()}).
 */
@WebFilter(urlPatterns = "/*", filterName = "request-context")
public class RequestContextFilter extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    LocalIdentity identity;

    @Inject
    ApiTokens tokens;

    @Inject
    UserStore users;

    @Inject
    OidcBearer oidcBearer;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        RequestContext ctx = RequestContext.begin();
        HttpServletRequest forward = req;
        try {
            resp.setHeader("X-Request-Id", ctx.requestId());
            ctx.sourceIp(req.getRemoteAddr());
            boolean api = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
            HttpSession session = req.getSession(false);
            PortalUser sessionUser = session == null ? null : (PortalUser) session.getAttribute(SessionKeys.USER);
            String auth = req.getHeader("Authorization");
            String bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
            if (api && bearer != null && !bearer.startsWith(ApiTokens.PREFIX) && oidcBearer.enabled()) {
                // not a portal token: an access token from the identity provider
                try {
                    ctx.user(oidcBearer.authenticate(bearer));
                } catch (OidcException e) {
                    problem(resp, e.status(), e.status() == 503 ? "Service Unavailable"
                            : e.status() == 403 ? "Forbidden" : "Unauthorized", e.getMessage());
                    return;
                }
            } else if (api && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Optional<ApiTokens.Holder> holder = tokens.authenticate(auth.substring(7).trim());
                Optional<PortalUser> user = holder.flatMap(h -> users.byId(h.userId()))
                        .filter(UserAccount::active).map(UserAccount::toPortalUser);
                if (user.isEmpty()) {
                    problem(resp, 401, "Unauthorized", "The token is unknown, expired or revoked");
                    return;
                }
                ctx.user(user.get()).tokenScopes(holder.get().scopes());
            } else if (api && auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                PortalUser user;
                try {
                    user = basic(auth.substring(6).trim());
                } catch (PortalException throttled) {
                    problem(resp, 429, "Too Many Requests", throttled.getMessage());
                    return;
                }
                if (user == null) {
                    problem(resp, 401, "Unauthorized", "Wrong user name or password");
                    return;
                }
                ctx.user(user);
            } else if (sessionUser != null && !stillActive(sessionUser)) {
                // disabled, locked or erased since signing in: the session ends now
                session.invalidate();
            } else if (sessionUser != null) {
                // signing in again replaces the session, so a stale one must not block it
                boolean signIn = req.getRequestURI().equals(req.getContextPath() + "/api/v1/auth/login");
                String given = req.getHeader("X-CSRF-Token");
                if (given == null) {
                    given = queryParameter(req.getQueryString(), "_csrf");
                }
                if (api && !signIn && !SAFE.contains(req.getMethod()) && !csrfMatches(given, session)) {
                    // a plain HTML form cannot set a header: its token comes in the address (above) or,
                    // for a url-encoded form, as the field _csrf (the body is kept for the resource)
                    FormPost form = FormPost.read(req);
                    if (form == null || !csrfMatches(form.field("_csrf"), session)) {
                        problem(resp, 403, "Forbidden", "Missing or wrong X-CSRF-Token header (or _csrf parameter of"
                                + " the address or form field) for a signed-in session");
                        return;
                    }
                    forward = form.request();
                }
                if (!Boolean.TRUE.equals(session.getAttribute(SessionKeys.MUST_CHANGE))) {
                    ctx.user(sessionUser);
                    Object csrf = session.getAttribute(SessionKeys.CSRF);
                    ctx.csrfToken(csrf == null ? null : csrf.toString());
                }
            }
            chain.doFilter(forward, resp);
        } finally {
            RequestContext.end();
        }
    }

    private boolean stillActive(PortalUser user) {
        return users.byId(user.id()).map(UserAccount::active).orElse(false);
    }

    private PortalUser basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return identity.authenticateCached(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray())
                .filter(s -> !s.mustChangePassword()).map(LocalIdentity.SignIn::user).orElse(null);
    }

    private static boolean csrfMatches(String given, HttpSession session) {
        Object expected = session.getAttribute(SessionKeys.CSRF);
        return expected != null && given != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static void problem(HttpServletResponse resp, int status, String title, String detail) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/problem+json;charset=UTF-8");
        resp.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"requestId\":\"" + RequestContext.current().requestId() + "\"}");
    }
}
