package vn.portal.kernel.core.admin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.identity.SessionKeys;

/**
 * Watches sessions gain and lose a signed-in user, whichever way they signed in (admin
 * form or REST), and feeds {@link SessionRegistry}. Anonymous sessions are not kept.
 */
@WebListener
public class SessionTracker implements HttpSessionListener, HttpSessionAttributeListener, HttpSessionIdListener,
        ServletRequestListener {

    /** Where the admin sign-in stores the address it came from. */
    static final String SOURCE_IP = "portal.admin.sourceIp";

    @Inject
    SessionRegistry registry;

    @Override
    public void attributeAdded(HttpSessionBindingEvent e) {
        changed(e);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent e) {
        changed(e);
    }

    private void changed(HttpSessionBindingEvent e) {
        HttpSession s = e.getSession();
        if (SessionKeys.USER.equals(e.getName()) && s.getAttribute(SessionKeys.USER) instanceof PortalUser u) {
            registry.signedIn(s, u);
        } else if (SOURCE_IP.equals(e.getName()) && e.getValue() != null) {
            registry.seenFrom(s.getId(), String.valueOf(s.getAttribute(SOURCE_IP)), true);
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent e) {
        if (SessionKeys.USER.equals(e.getName())) {
            registry.gone(e.getSession().getId());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent e) {
        registry.gone(e.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent e, String oldId) {
        registry.idChanged(e.getSession(), oldId);
    }

    /** A REST sign-in cannot store its address in the session: take it from the request that made it. */
    @Override
    public void requestDestroyed(ServletRequestEvent e) {
        if (e.getServletRequest() instanceof HttpServletRequest req) {
            try {
                HttpSession s = req.getSession(false);
                if (s != null) {
                    registry.seenFrom(s.getId(), req.getRemoteAddr(), false);
                }
            } catch (IllegalStateException gone) {
                // invalidated during the request (sign-out): nothing to record
            }
        }
    }
}
