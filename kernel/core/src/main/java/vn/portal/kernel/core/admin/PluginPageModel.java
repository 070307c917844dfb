package vn.portal.kernel.core.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.core.plugin.PluginHost;

/**
 * The state behind a plugin's admin page: {@code #{pluginPage.model}}, made by
 * {@link AdminPage#newModel()} once per view. Plugin jars are not CDI bean archives, so a
 * plugin cannot declare beans of its own; this view-scoped bean holds a plain object of
 * the plugin instead (ADR 0005).
 *
 * <p>The model is asked for only while the page is shown to a user it admits
 * ({@link PluginPageBean} decides on every request). It is held in memory only
 * ({@code transient}): plugin classes cannot be deserialised by the container, so a
 * restored session starts the page afresh rather than failing. A plugin reloaded while the
 * page is open gets a new model too, never one whose classes belong to the old loader.
 */
@Named("pluginPage")
@ViewScoped
public class PluginPageModel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PluginPageBean page;
    @Inject
    PluginHost plugins;

    private transient Object model;
    private transient AdminPage madeBy;

    /** The model of the page shown, or null (no model, not allowed, unknown page). */
    public Object getModel() {
        AdminPage shown = page.shownPage();
        if (shown == null) {
            return null;
        }
        if (madeBy != shown) {
            model = create(shown, plugins.classLoader(page.getPluginId()));
            madeBy = shown;
        }
        return model;
    }

    private static Object create(AdminPage shown, ClassLoader pluginLoader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginLoader);
        try {
            return shown.newModel();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
