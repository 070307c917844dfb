package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.logging.Logger;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.SessionKeys;

/** Changing one's own password; the only page open while a change is required. */
@Named
@RequestScoped
public class PasswordBean {

    private static final Logger LOG = Logger.getLogger(PasswordBean.class.getName());
    static final String FORM = "pwForm";

    @Inject
    LocalIdentity identity;

    private String current;
    private String next;
    private String repeat;

    public String change() {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        PortalUser user = AdminUserBean.current(fc);
        if (user == null) {
            return AdminFilter.LOGIN + "?faces-redirect=true";
        }
        if (next == null || !next.equals(repeat)) {
            AdminMessages.error(FORM + ":repeat", "password.error.repeat");
            fc.validationFailed();
            return null;
        }
        char[] now = current == null ? new char[0] : current.toCharArray();
        char[] wanted = next.toCharArray();
        // while a change is required the request context has no user; the audit record should name them
        vn.portal.kernel.core.common.RequestContext.current().user(user);
        try {
            identity.changePassword(user.username(), now, wanted);
        } catch (PortalException e) {
            // the server names "current" and "password"; the form calls the new one "next"
            var errors = new java.util.LinkedHashMap<String, String>();
            e.fieldErrors().forEach((k, v) -> errors.put("password".equals(k) ? "next" : k, v));
            AdminMessages.failure(new PortalException(e.kind(), e.getMessage(), errors), FORM, "password");
            return null;
        } finally {
            Arrays.fill(now, '\0');
            Arrays.fill(wanted, '\0');
            current = next = repeat = null;
        }
        ec.getSessionMap().put(SessionKeys.MUST_CHANGE, Boolean.FALSE);
        ((HttpServletRequest) ec.getRequest()).changeSessionId();
        LOG.info("[admin] '" + user.username() + "' changed the password");
        AdminMessages.info("password.changed");
        ec.getFlash().setKeepMessages(true);
        return AdminFilter.DASHBOARD + "?faces-redirect=true";
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
