package vn.portal.kernel.core.admin;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Forms on {@code /admin/plugin.xhtml} post back to the same plugin page: the
 * {@code plugin} and {@code page} parameters are kept in the form's action URL,
 * because the view (its include of the plugin's view) is rebuilt from them.
 * Links and redirects build their URL from getActionURL too, with their own
 * parameters; while they do, nothing is added, or the parameters would repeat.
 */
public class PluginActionUrlViewHandler extends ViewHandlerWrapper {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final String BUILDING_LINK = PluginActionUrlViewHandler.class.getName() + ".link";

    public PluginActionUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withoutAppending(context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
            boolean includeViewParams) {
        return withoutAppending(context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private static String withoutAppending(FacesContext context, Supplier<String> url) {
        Object before = context.getAttributes().put(BUILDING_LINK, Boolean.TRUE);
        try {
            return url.get();
        } finally {
            if (before == null) {
                context.getAttributes().remove(BUILDING_LINK);
            }
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (!AdminMenuBean.PLUGIN_VIEW.equals(viewId) || context.getAttributes().containsKey(BUILDING_LINK)) {
            return url;
        }
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String plugin = params.get("plugin");
        String page = params.get("page");
        if (plugin == null || page == null || !ID.matcher(plugin).matches() || !ID.matcher(page).matches()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "plugin=" + encode(plugin) + "&page=" + encode(page);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
