package vn.portal.kernel.core.identity.oidc;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Portal sessions by the provider's session id ({@code sid} of the ID token), so that a
 * back-channel logout from the provider ends every portal session that sign-in
 * opened — on every host. In memory: one node (with several, each node receives the
 * provider's call only if the load balancer sends it there; see the architecture notes).
 */
@WebListener
public class OidcSessions implements HttpSessionListener {

    private static final String SID = "portal.oidc.sid";
    private static final Map<String, Set<HttpSession>> BY_SID = new ConcurrentHashMap<>();

    static void register(String sid, HttpSession session) {
        if (sid == null) {
            return;
        }
        session.setAttribute(SID, sid);
        BY_SID.computeIfAbsent(sid, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Invalidates the sessions of that provider session; returns how many there were. */
    static int endAll(String sid) {
        Set<HttpSession> sessions = sid == null ? null : BY_SID.remove(sid);
        if (sessions == null) {
            return 0;
        }
        int n = 0;
        for (HttpSession s : sessions) {
            try {
                s.invalidate();
                n++;
            } catch (IllegalStateException alreadyGone) {
                // expired meanwhile
            }
        }
        return n;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object sid = event.getSession().getAttribute(SID);
        if (sid != null) {
            Set<HttpSession> sessions = BY_SID.get(sid.toString());
            if (sessions != null) {
                sessions.removeIf(s -> s.getId().equals(event.getSession().getId()));
                BY_SID.remove(sid.toString(), Set.of());
            }
        }
    }
}
