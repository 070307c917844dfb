package vn.portal.plugins.search;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/** The search plugin: keeps a Lucene index of every {@code Indexable} plugin's documents. */
public class SearchPlugin extends PortalPlugin {

    public SearchPlugin(PluginContext context) {
        super(context);
    }
}
