package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.SessionKeys;
import vn.portal.kernel.core.identity.SignedInSession;
import vn.portal.kernel.core.identity.oidc.OidcProvider;
import vn.portal.kernel.core.identity.oidc.OidcServlet;
import vn.portal.kernel.core.identity.oidc.OidcSessionKeys;

/** Sign-in and sign-out of the admin shell. */
@Named
@RequestScoped
public class LoginBean {

    private static final Logger LOG = Logger.getLogger(LoginBean.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LocalIdentity identity;

    @Inject
    PortalConfig config;

    @Inject
    OidcProvider oidc;

    private String username;
    private String password;
    private String code;

    public String login() {
        FacesContext fc = FacesContext.getCurrentInstance();
        HttpServletRequest req = (HttpServletRequest) fc.getExternalContext().getRequest();
        String name = username == null ? "" : username.trim();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        Optional<LocalIdentity.SignIn> signIn;
        try {
            signIn = name.isEmpty() ? Optional.empty() : identity.authenticate(name, secret,
                    code == null || code.isBlank() ? null : code.trim());
        } catch (vn.portal.kernel.core.common.PortalException throttled) {
            AdminMessages.error(null, "login.throttled");
            fc.validationFailed();
            return null;
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (signIn.isEmpty()) {
            // the same words whether the user or the password was wrong: no account probing
            LOG.warning("[admin] sign-in failed for '" + printable(name) + "' from " + req.getRemoteAddr());
            AdminMessages.error(null, "login.failed");
            fc.validationFailed();
            return null;
        }
        SignedInSession.begin(req, signIn.get(), identity.isAdministrator(signIn.get().user().id()), config);
        // for the active-sessions page: where this sign-in came from
        req.getSession().setAttribute(SessionTracker.SOURCE_IP, req.getRemoteAddr());
        LOG.info("[admin] '" + name + "' signed in from " + req.getRemoteAddr());
        return (signIn.get().mustChangePassword() ? AdminFilter.CHANGE_PASSWORD : AdminFilter.DASHBOARD)
                + "?faces-redirect=true";
    }

    public void logout() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if (ec.getSessionMap().get(OidcSessionKeys.ID_TOKEN) != null) {
            // signed in through the identity provider: sign out there too (RP-initiated logout)
            ec.redirect(ec.getRequestContextPath() + "/auth/oidc/logout?csrf=" + ec.getSessionMap().get(SessionKeys.CSRF));
            return;
        }
        Object user = ec.getSessionMap().get(SessionKeys.USER);
        ec.invalidateSession();
        if (user instanceof vn.portal.kernel.api.identity.PortalUser u) {
            LOG.info("[admin] '" + u.username() + "' signed out");
        }
        ec.redirect(ec.getRequestContextPath() + AdminFilter.LOGIN);
    }

    /** Single sign-on is configured: the page offers it beside the local form. */
    public boolean isSsoEnabled() {
        return oidc.enabled();
    }

    /** To the provider, and back to the page first asked for (?return=, kept by a failed silent sign-in). */
    public String getSsoUrl() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        String back = OidcServlet.safeReturn(ec.getRequestParameterMap().get("return"));
        return ec.getRequestContextPath() + "/auth/oidc/login?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /** Typed user names go to the log: no line breaks or control characters. */
    private static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
