package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuItem;
import org.primefaces.model.menu.MenuModel;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteService;

/**
 * The left menu: the kernel's own pages plus every admin page that started plugins
 * declare and the user may see, grouped by category.
 */
@Named
@RequestScoped
public class AdminMenuBean {

    /** Categories in menu order; anything else goes under "other". */
    static final List<String> CATEGORIES = List.of("content", "services", "system", "account", "other");
    static final String PLUGIN_VIEW = "/admin/plugin.xhtml";

    @Inject
    PluginHost plugins;
    @Inject
    LocalIdentity identity;
    @Inject
    LocaleBean locale;
    @Inject
    AdminAccess access;
    @Inject
    SiteService sites;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        FacesContext fc = FacesContext.getCurrentInstance();
        String viewId = fc.getViewRoot().getViewId();
        Map<String, String> params = fc.getExternalContext().getRequestParameterMap();
        Map<String, List<MenuItem>> groups = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> groups.put(c, new ArrayList<>()));
        List<MenuItem> system = groups.get("system");
        system.add(kernelItem("menu.dashboard", "/admin/index.xhtml", "pi pi-home", viewId));
        if (access.isSitesAnywhere()) {
            system.add(kernelItem("menu.sites", "/admin/sites.xhtml", "pi pi-sitemap", viewId));
        }
        if (access.isMenusAnywhere()) {
            system.add(kernelItem("menu.menus", "/admin/menus.xhtml", "pi pi-bars", viewId));
        }
        // the shared catalogs are open to every administrator: sites and plugins pick their codes there
        system.add(kernelItem("menu.catalogs", "/admin/catalogs.xhtml", "pi pi-list", viewId));
        if (access.isPluginView()) {
            system.add(kernelItem("menu.plugins", "/admin/plugins.xhtml", "pi pi-box", viewId));
        }
        // identity pages only for those who may use them; each page checks again
        if (access.isUserManage()) {
            system.add(kernelItem("menu.users", "/admin/users.xhtml", "pi pi-user", viewId));
            system.add(kernelItem("menu.groups", "/admin/groups.xhtml", "pi pi-users", viewId));
        }
        if (access.isRoleManage()) {
            system.add(kernelItem("menu.roles", "/admin/roles.xhtml", "pi pi-id-card", viewId));
        }
        if (access.isGrantAnywhere()) {
            system.add(kernelItem("menu.grants", "/admin/grants.xhtml", "pi pi-shield", viewId));
        }
        if (access.isUserManage()) {
            system.add(kernelItem("menu.sessions", "/admin/sessions.xhtml", "pi pi-desktop", viewId));
        }
        if (access.isAuditView()) {
            system.add(kernelItem("menu.audit", "/admin/audit.xhtml", "pi pi-history", viewId));
        }
        groups.get("account").add(kernelItem("menu.tokens", "/admin/tokens.xhtml", "pi pi-key", viewId));
        PortalUser user = AdminUserBean.current(fc);
        for (Contribution<AdminPage> c : plugins.extensions(AdminPage.class)) {
            AdminPage page = c.extension();
            if (!AdminPagePermission.permits(identity, sites.all(), user, page.permission())) {
                continue;
            }
            String category = CATEGORIES.contains(page.category()) ? page.category() : "other";
            boolean current = PLUGIN_VIEW.equals(viewId) && c.pluginId().equals(params.get("plugin"))
                    && page.id().equals(params.get("page"));
            groups.get(category).add(DefaultMenuItem.builder()
                    .value(locale.isEnglish() ? page.labelEn() : page.label())
                    .outcome(PLUGIN_VIEW)
                    .params(Map.of("plugin", List.of(c.pluginId()), "page", List.of(page.id())))
                    .icon("pi pi-file")
                    .styleClass(current ? "admin-current" : null)
                    .build());
        }
        DefaultMenuModel out = new DefaultMenuModel();
        for (var g : groups.entrySet()) {
            if (!g.getValue().isEmpty()) {
                DefaultSubMenu.Builder sub = DefaultSubMenu.builder().label(AdminMessages.text("menu.category." + g.getKey()));
                g.getValue().forEach(sub::addElement);
                out.getElements().add(sub.build());
            }
        }
        out.generateUniqueIds();
        return out;
    }

    private static MenuItem kernelItem(String key, String view, String icon, String currentViewId) {
        return DefaultMenuItem.builder().value(AdminMessages.text(key)).outcome(view).icon(icon)
                .styleClass(view.equals(currentViewId) ? "admin-current" : null).build();
    }
}
