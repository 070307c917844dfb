package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.identity.PortalUser;

/**
 * The signed-in sessions of this node, fed by {@link SessionTracker}. Sessions live in
 * each node's memory, so a cluster shows one list per node. A session id is a bearer
 * secret: pages only ever see a digest of it ({@link Entry#ref()}).
 */
@ApplicationScoped
public class SessionRegistry {

    /** One signed-in session. */
    public static final class Entry {
        private final HttpSession session;
        private final String id;
        private final String ref;
        private final PortalUser user;
        private final Instant signedInAt;
        private volatile String sourceIp;

        Entry(HttpSession session, String id, PortalUser user, Instant signedInAt, String sourceIp) {
            this.session = session;
            this.id = id;
            this.ref = digest(id);
            this.user = user;
            this.signedInAt = signedInAt;
            this.sourceIp = sourceIp;
        }

        public String ref() {
            return ref;
        }

        public PortalUser user() {
            return user;
        }

        public Instant signedInAt() {
            return signedInAt;
        }

        public String sourceIp() {
            return sourceIp;
        }

        /** Null once the session is gone (invalidated by another thread meanwhile). */
        Instant lastAccess() {
            try {
                return Instant.ofEpochMilli(session.getLastAccessedTime());
            } catch (IllegalStateException gone) {
                return null;
            }
        }

        int idleMinutes() {
            try {
                return session.getMaxInactiveInterval() / 60;
            } catch (IllegalStateException gone) {
                return 0;
            }
        }

        boolean mustChangePassword() {
            try {
                return Boolean.TRUE.equals(session.getAttribute(vn.portal.kernel.core.identity.SessionKeys.MUST_CHANGE));
            } catch (IllegalStateException gone) {
                return false;
            }
        }

        boolean is(String sessionId) {
            return id.equals(sessionId);
        }
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    void signedIn(HttpSession session, PortalUser user) {
        Entry before = byId.get(session.getId());
        Object ip = session.getAttribute(SessionTracker.SOURCE_IP);
        byId.put(session.getId(), new Entry(session, session.getId(), user, Instant.now(),
                ip != null ? ip.toString() : before == null ? null : before.sourceIp));
    }

    void gone(String sessionId) {
        byId.remove(sessionId);
    }

    /** Keeps following a session whose id was changed (sign-in, password change: no fixation). */
    void idChanged(HttpSession session, String oldId) {
        Entry e = byId.remove(oldId);
        if (e != null) {
            byId.put(session.getId(), new Entry(session, session.getId(), e.user, e.signedInAt, e.sourceIp));
        }
    }

    /** Records where a session comes from: the sign-in's word wins, a later request fills a gap. */
    void seenFrom(String sessionId, String ip, boolean atSignIn) {
        Entry e = byId.get(sessionId);
        if (e != null && (atSignIn || e.sourceIp == null)) {
            e.sourceIp = ip;
        }
    }

    /** Newest sign-in first. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(Entry::signedInAt).reversed());
        return out;
    }

    Optional<Entry> find(String ref) {
        return byId.values().stream().filter(e -> e.ref.equals(ref)).findFirst();
    }

    /** Ends the session: the container calls {@link SessionTracker#sessionDestroyed}, which forgets it. */
    boolean end(Entry e) {
        byId.remove(e.id);
        try {
            e.session.invalidate();
            return true;
        } catch (IllegalStateException alreadyGone) {
            return false;
        }
    }

    /** Ends every session of a user on this node, e.g. when the account is disabled or deleted. */
    int endAllOf(String userId) {
        int n = 0;
        for (Entry e : list()) {
            if (e.user.id().equals(userId) && end(e)) {
                n++;
            }
        }
        return n;
    }

    static String digest(String sessionId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
