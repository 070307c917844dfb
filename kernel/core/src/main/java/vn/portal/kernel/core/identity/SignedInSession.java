package vn.portal.kernel.core.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * Turns a successful sign-in into a session, the same way for the admin UI and the
 * REST login: a new session id (no fixation), the user, a CSRF token, and the idle
 * timeout of REQUIREMENTS-VN §5 — 5 minutes for administrators, 15 for others.
 */
public final class SignedInSession {

    private SignedInSession() {
    }

    /** @return the session's CSRF token, which REST clients send as X-CSRF-Token */
    public static String begin(HttpServletRequest req, LocalIdentity.SignIn signIn, boolean administrator,
            PortalConfig config) {
        HttpSession session = req.getSession(true);
        req.changeSessionId();
        String csrf = Tokens.random();
        session.setAttribute(SessionKeys.USER, signIn.user());
        session.setAttribute(SessionKeys.MUST_CHANGE, signIn.mustChangePassword());
        session.setAttribute(SessionKeys.CSRF, csrf);
        int minutes = administrator ? config.getInt("session.idle-minutes", 5)
                : config.getInt("session.idle-minutes.user", 15);
        session.setMaxInactiveInterval(Math.max(1, minutes) * 60);
        return csrf;
    }
}
