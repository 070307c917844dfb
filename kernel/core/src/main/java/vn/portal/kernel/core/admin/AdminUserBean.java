package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.identity.SessionKeys;

/**
 * The signed-in administrator for views. {@link PortalUser} is a record, which EL
 * cannot read (STACK.md trap 8), hence these getters.
 */
@Named("adminUser")
@RequestScoped
public class AdminUserBean {

    /** The session's user, or null; reads the session without creating one. */
    static PortalUser current(FacesContext fc) {
        if (fc.getExternalContext().getSession(false) == null) {
            return null;
        }
        Map<String, Object> session = fc.getExternalContext().getSessionMap();
        return (PortalUser) session.get(SessionKeys.USER);
    }

    static String currentUsername() {
        PortalUser u = current(FacesContext.getCurrentInstance());
        return u == null ? "-" : u.username();
    }

    public boolean isSignedIn() {
        return current(FacesContext.getCurrentInstance()) != null;
    }

    public boolean isMustChange() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return current(fc) != null
                && Boolean.TRUE.equals(fc.getExternalContext().getSessionMap().get(SessionKeys.MUST_CHANGE));
    }

    /** The full shell (menu) is for signed-in users who need not change their password first. */
    public boolean isShellShown() {
        return isSignedIn() && !isMustChange();
    }

    public String getUsername() {
        PortalUser u = current(FacesContext.getCurrentInstance());
        return u == null ? "" : u.username();
    }

    public String getDisplayName() {
        PortalUser u = current(FacesContext.getCurrentInstance());
        return u == null ? "" : u.displayName();
    }
}
