package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.rest.CatalogsResource;
import vn.portal.kernel.core.site.SiteService;

/**
 * Who may open which identity page. The menu, each view and each action ask here, so
 * a page hidden from the menu is also refused when typed in or posted to, with the
 * same permissions the REST layer requires.
 */
@Named("adminAccess")
@RequestScoped
public class AdminAccess {

    static final String USER_MANAGE = "kernel:user-manage";
    static final String ROLE_MANAGE = "kernel:role-manage";
    static final String AUDIT_VIEW = "kernel:audit-view";
    static final String GRANT_MANAGE = "kernel:grant-manage:";
    /** A grant without a site ("everywhere") needs grant-manage on every site. */
    static final String EVERYWHERE = "*";

    @Inject
    LocalIdentity identity;
    @Inject
    SiteService sites;
    @Inject
    PortalConfig config;

    PortalUser user() {
        return AdminUserBean.current(FacesContext.getCurrentInstance());
    }

    boolean permitted(String permission) {
        PortalUser u = user();
        return u != null && identity.isPermitted(u, permission);
    }

    public boolean isUserManage() {
        return permitted(USER_MANAGE);
    }

    public boolean isRoleManage() {
        return permitted(ROLE_MANAGE);
    }

    public boolean isAuditView() {
        return permitted(AUDIT_VIEW);
    }

    /** May grant on a site (or, with null, everywhere). */
    boolean grantOn(String siteKey) {
        return permitted(GRANT_MANAGE + (siteKey == null ? EVERYWHERE : siteKey));
    }

    public boolean isGrantEverywhere() {
        return grantOn(null);
    }

    /** Sites the user may grant roles on: all of them for a global grant manager. */
    List<Site> grantSites() {
        boolean all = isGrantEverywhere();
        return sites.all().stream().filter(s -> all || grantOn(s.key())).toList();
    }

    /** The grants page is open to anyone who may grant somewhere, e.g. a site administrator. */
    public boolean isGrantAnywhere() {
        return isGrantEverywhere() || !grantSites().isEmpty();
    }

    /** A site-scoped kernel permission ({@code kernel:<action>:<site>}), for a site key or, with null, everywhere. */
    boolean onSite(String action, String siteKey) {
        return permitted("kernel:" + action + ":" + (siteKey == null ? EVERYWHERE : siteKey));
    }

    /** The sites page is for those who may create, edit or archive some site, as the REST API requires. */
    public boolean isSitesAnywhere() {
        if (onSite("site-create", null)) {
            return true;
        }
        return sites.all().stream().anyMatch(s -> onSite("site-edit", s.key()) || onSite("site-create", s.key())
                || onSite("site-archive", s.key()));
    }

    /** The menu page is for those who may edit some site, as {@code PUT /api/v1/sites/<site>/menu} requires. */
    public boolean isMenusAnywhere() {
        return sites.all().stream().anyMatch(s -> onSite("site-edit", s.key()));
    }

    /** Catalogs are read by any signed-in administrator; changing them is global, as in the REST API. */
    public boolean isCatalogWrite() {
        return permitted(CatalogsResource.WRITE);
    }

    public boolean isPluginView() {
        return permitted("kernel:plugin-view");
    }

    public boolean isPluginManage() {
        return permitted("kernel:plugin-manage");
    }

    /** Days without a sign-in after which an account is listed for review (REQUIREMENTS-VN §5). */
    int inactiveDays() {
        return Math.max(1, config.getInt("accounts.inactive-days", 45));
    }

    /** Answers a refused GET with 403, so the status matches the message on the page (view action). */
    static void forbid(boolean allowed) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!allowed && !fc.isPostback()) {
            fc.getExternalContext().setResponseStatus(403);
        }
    }

    /** The refusal an action shows when the permission went away while the page was open. */
    static boolean deny(boolean allowed, String formId) {
        if (!allowed) {
            FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.error(formId, "access.denied");
        }
        return !allowed;
    }
}
