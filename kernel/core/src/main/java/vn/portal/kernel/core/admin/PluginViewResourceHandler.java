package vn.portal.kernel.core.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.core.plugin.PluginHost;

/**
 * Lets Facelets include a plugin's admin view from the plugin jar:
 * {@code /plugin-views/<pluginId>/<path>} is {@code <path>} on that plugin's class
 * loader. Only a view a started plugin declares as an {@link AdminPage}, and only
 * while building {@code /admin/plugin.xhtml} — requested directly, such a path is
 * unknown, so it can never bypass the admin gate.
 */
public class PluginViewResourceHandler extends ResourceHandlerWrapper {

    static final String PREFIX = "/plugin-views/";

    public PluginViewResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !resourceName.startsWith(PREFIX)) {
            return super.createViewResource(context, resourceName);
        }
        UIViewRoot root = context.getViewRoot();
        if (root == null || !AdminMenuBean.PLUGIN_VIEW.equals(root.getViewId())) {
            return null;
        }
        String rest = resourceName.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String pluginId = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        PluginHost plugins = CDI.current().select(PluginHost.class).get();
        boolean declared = plugins.extensions(AdminPage.class).stream().anyMatch(c -> c.pluginId().equals(pluginId)
                && path.equals(stripSlash(c.extension().view())));
        if (!declared) {
            return null;
        }
        URL url = plugins.classLoader(pluginId).getResource(path);
        return url == null ? null : new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        };
    }

    private static String stripSlash(String view) {
        return view != null && view.startsWith("/") ? view.substring(1) : view;
    }
}
