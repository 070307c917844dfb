package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import vn.portal.kernel.core.audit.AuditLog;

/** Signed-in sessions on this node, and ending one; for administrators ({@code kernel:user-manage}). */
@Named
@ViewScoped
public class SessionsBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionsBean.class.getName());
    static final String TABLE = "sessionsForm";

    @Inject
    SessionRegistry registry;
    @Inject
    AdminAccess access;
    @Inject
    AuditLog audit;

    private List<Row> rows = List.of();

    /** One session as a row; carries the digest of its id, never the id. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String ref;
        private final String username;
        private final String displayName;
        private final String signedIn;
        private final String lastAccess;
        private final String sourceIp;
        private final int idleMinutes;
        private final boolean mustChange;
        private final boolean current;

        Row(SessionRegistry.Entry e, boolean current) {
            this.ref = e.ref();
            this.username = e.user().username();
            this.displayName = e.user().displayName();
            this.signedIn = AdminTime.seconds(e.signedInAt());
            this.lastAccess = AdminTime.seconds(e.lastAccess());
            this.sourceIp = e.sourceIp();
            this.idleMinutes = e.idleMinutes();
            this.mustChange = e.mustChangePassword();
            this.current = current;
        }

        public String getRef() {
            return ref;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getSignedIn() {
            return signedIn;
        }

        public String getLastAccess() {
            return lastAccess;
        }

        public String getSourceIp() {
            return sourceIp;
        }

        public int getIdleMinutes() {
            return idleMinutes;
        }

        public boolean isMustChange() {
            return mustChange;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @PostConstruct
    void init() {
        allowed = access.isUserManage();
        if (allowed) {
            refresh();
        }
    }

    public void refresh() {
        String mine = currentSessionId();
        rows = registry.list().stream().filter(e -> e.lastAccess() != null).map(e -> new Row(e, e.is(mine))).toList();
    }

    public void end(String ref) {
        if (AdminAccess.deny(access.isUserManage(), TABLE)) {
            return;
        }
        registry.find(ref).ifPresentOrElse(e -> {
            if (e.is(currentSessionId())) {
                // signing oneself out is the top bar's job; here it would only look like an error
                AdminMessages.error(TABLE, "session.error.own");
                return;
            }
            registry.end(e);
            audit.record("session.ended", e.user().id(), null, null, "user=" + e.user().username() + " session=" + ref
                    + " from=" + e.sourceIp());
            LOG.info("[admin] session " + ref + " of '" + e.user().username() + "' ended by '"
                    + AdminUserBean.currentUsername() + "'");
            AdminMessages.info("session.ended", e.user().username());
        }, () -> AdminMessages.error(TABLE, "session.error.gone"));
        refresh();
    }

    private static String currentSessionId() {
        Object s = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return s instanceof HttpSession h ? h.getId() : "";
    }

    public List<Row> getRows() {
        return rows;
    }
}
