package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccessStore;
import vn.portal.kernel.core.identity.AccountAdmin;
import vn.portal.kernel.core.identity.UserStore;
import vn.portal.kernel.core.site.SiteService;

/**
 * Grants of roles to users and groups, by site. As in the REST API, a grant on a site
 * needs {@code kernel:grant-manage:<site>} (so a site administrator manages their own
 * sites), and grants everywhere or of the administrator role need it everywhere.
 */
@Named
@ViewScoped
public class GrantsBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "grantsForm";
    static final String FORM = "grantForm";
    /** Filter value for grants that hold everywhere (no site). */
    static final String GLOBAL = "-";
    private static final String ADMINISTRATOR = "administrator";

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    UserStore users;
    @Inject
    SiteService sites;
    @Inject
    AdminAccess permissions;
    @Inject
    LocaleBean locale;

    private String siteFilter = "";
    private List<GrantRow> rows = List.of();
    private String principalType = "USER";
    private String principalId;
    private String role;
    private String site;
    private boolean inherit = true;

    @PostConstruct
    void init() {
        allowed = permissions.isGrantAnywhere();
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
        if (wanted != null && (permissions.grantOn(wanted) || GLOBAL.equals(wanted))) {
            siteFilter = wanted;
        }
        if (allowed) {
            refresh();
        }
    }

    public void refresh() {
        boolean everywhere = permissions.isGrantEverywhere();
        Set<String> mine = permissions.grantSites().stream().map(Site::key).collect(Collectors.toSet());
        Map<String, String> siteNames = sites.all().stream()
                .collect(Collectors.toMap(Site::key, s -> s.name(locale.getLanguage())));
        Map<String, String> principals = new HashMap<>();
        users.all().forEach(u -> principals.put(u.id(), u.displayName() + " (" + u.username() + ")"));
        access.groups().forEach(g -> principals.put(g.id(), g.name()));
        Map<String, String> roles = roleLabels();
        rows = access.grants().stream()
                .filter(g -> g.siteKey() == null ? everywhere : everywhere || mine.contains(g.siteKey()))
                .filter(g -> siteFilter.isEmpty() || (GLOBAL.equals(siteFilter) ? g.siteKey() == null
                        : siteFilter.equals(g.siteKey())))
                .map(g -> new GrantRow(g, principals.getOrDefault(g.principalId(), g.principalId()),
                        roles.getOrDefault(g.role(), g.role()),
                        g.siteKey() == null ? "" : siteNames.getOrDefault(g.siteKey(), g.siteKey()),
                        permissions.grantOn(g.siteKey()) && !ownGrant(g)))
                .toList();
    }

    /** A grant made to the signed-in person directly: another administrator revokes it. */
    private boolean ownGrant(AccessStore.Grant g) {
        return "USER".equals(g.principalType()) && g.principalId().equals(permissions.user().id());
    }

    private Map<String, String> roleLabels() {
        boolean en = locale.isEnglish();
        return access.roles().stream().collect(Collectors.toMap(AccessStore.Role::name,
                r -> en && r.labelEn() != null && !r.labelEn().isBlank() ? r.labelEn() : r.labelVi()));
    }

    public void prepare() {
        principalType = "USER";
        principalId = null;
        role = null;
        inherit = true;
        // a new grant starts on the site being looked at
        site = siteFilter.isEmpty() || GLOBAL.equals(siteFilter) ? (permissions.isGrantEverywhere() ? "" : null)
                : siteFilter;
    }

    public void add() {
        String siteKey = site == null || site.isBlank() ? null : site;
        if (AdminAccess.deny(permissions.isGrantAnywhere(), FORM)) {
            return;
        }
        if (!permissions.grantOn(siteKey) || ADMINISTRATOR.equals(role) && !permissions.isGrantEverywhere()) {
            FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.error(FORM + ":site", siteKey == null ? "grant.error.site.everywhere" : "grant.error.site.denied");
            return;
        }
        try {
            AccessStore.Grant g = admin.grant(principalType, principalId, role, siteKey, inherit,
                    AdminUserBean.currentUsername());
            AdminMessages.info("grant.added", roleLabels().getOrDefault(g.role(), g.role()));
            refresh();
        } catch (PortalException e) {
            AdminMessages.failure(e, FORM, "grant");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public void revoke(String id) {
        try {
            AccessStore.Grant g = access.grant(id).orElseThrow(() -> PortalException.notFound("No grant '" + id + "'"));
            if (AdminAccess.deny(permissions.grantOn(g.siteKey()), TABLE)) {
                return;
            }
            if (ownGrant(g)) {
                // a slip that could lock the only administrator (of the portal or a site) out of this page
                AdminMessages.error(TABLE, "grant.error.own");
                return;
            }
            admin.revoke(id);
            AdminMessages.info("grant.revoked", roleLabels().getOrDefault(g.role(), g.role()));
        } catch (PortalException e) {
            AdminMessages.failure(e, TABLE, "grant");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, TABLE);
        }
        refresh();
    }

    public boolean isEverywhere() {
        return permissions.isGrantEverywhere();
    }

    public List<GrantRow> getRows() {
        return rows;
    }

    /** Sites this administrator may grant on, by name. */
    public List<SiteRow> getSiteChoices() {
        java.text.Collator collator = java.text.Collator.getInstance(locale.getLocale());
        return permissions.grantSites().stream().map(s -> new SiteRow(s, null, locale.isEnglish()))
                .sorted(java.util.Comparator.comparing(SiteRow::getName, collator)).toList();
    }

    /** Who can receive the grant: people not erased, or groups, by the type chosen. */
    public List<GroupsBean.Item> getPrincipalChoices() {
        if ("GROUP".equals(principalType)) {
            return access.groups().stream().map(g -> new GroupsBean.Item(g.id(), g.name(), g.description(), 0)).toList();
        }
        return users.all().stream().filter(u -> !u.anonymised())
                .map(u -> new GroupsBean.Item(u.id(), u.displayName() + " (" + u.username() + ")", null, 0)).toList();
    }

    /** A different kind of principal: the one chosen before does not apply. */
    public void principalTypeChanged() {
        principalId = null;
    }

    public List<RolesBean.Row> getRoleChoices() {
        boolean everywhere = permissions.isGrantEverywhere();
        return access.roles().stream().filter(r -> everywhere || !ADMINISTRATOR.equals(r.name()))
                .map(r -> new RolesBean.Row(r, locale.isEnglish())).toList();
    }

    public String getSiteFilter() {
        return siteFilter;
    }

    public void setSiteFilter(String siteFilter) {
        this.siteFilter = siteFilter == null ? "" : siteFilter;
    }

    public String getPrincipalType() {
        return principalType;
    }

    public void setPrincipalType(String principalType) {
        this.principalType = principalType;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public void setPrincipalId(String principalId) {
        this.principalId = principalId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public boolean isInherit() {
        return inherit;
    }

    public void setInherit(boolean inherit) {
        this.inherit = inherit;
    }
}
