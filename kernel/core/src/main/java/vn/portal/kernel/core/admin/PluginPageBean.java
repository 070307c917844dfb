package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteService;

/**
 * Which plugin admin page {@code /admin/plugin.xhtml?plugin=..&page=..} shows, and
 * whether the user may see it. Read from the request so it is known when the view
 * is built (the include's src is resolved then), on GET and on postback alike.
 */
@Named
@RequestScoped
public class PluginPageBean {

    @Inject
    PluginHost plugins;
    @Inject
    LocalIdentity identity;
    @Inject
    LocaleBean locale;
    @Inject
    SiteService sites;

    private String pluginId;
    private String pageId;
    private AdminPage page;
    private int status;

    @PostConstruct
    void resolve() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Map<String, String> params = fc.getExternalContext().getRequestParameterMap();
        pluginId = params.get("plugin");
        pageId = params.get("page");
        page = find(plugins, pluginId, pageId).orElse(null);
        if (page == null) {
            status = 404;
        } else if (!AdminPagePermission.permits(identity, sites.all(), AdminUserBean.current(fc), page.permission())) {
            status = 403;
        } else {
            status = 200;
        }
    }

    /** The page a started plugin declares under that id, if any. */
    static Optional<AdminPage> find(PluginHost plugins, String pluginId, String pageId) {
        if (pluginId == null || pageId == null) {
            return Optional.empty();
        }
        return plugins.extensions(AdminPage.class).stream()
                .filter(c -> c.pluginId().equals(pluginId) && pageId.equals(c.extension().id()))
                .map(Contribution::extension).findFirst();
    }

    /** Sets the HTTP status to match what the page says (view action, GET only). */
    public void respond() {
        if (status != 200) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
        }
    }

    public boolean isShown() {
        return status == 200;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    public boolean isUnknown() {
        return status == 404;
    }

    /** The page shown, or null when it is unknown or not allowed. */
    AdminPage shownPage() {
        return status == 200 ? page : null;
    }

    public String getPluginId() {
        return pluginId;
    }

    /** The view inside the plugin jar, as the include path expects it (no leading slash). */
    public String getView() {
        String v = page == null ? "" : page.view();
        return v.startsWith("/") ? v.substring(1) : v;
    }

    public String getLabel() {
        if (page == null) {
            return "";
        }
        return locale.isEnglish() ? page.labelEn() : page.label();
    }
}
