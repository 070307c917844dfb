package vn.portal.plugins.search.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;

/** The search page at its Vietnamese address, {@code /tim-kiem}. */
@Extension
public class SearchPageVi extends SearchPage {

    public SearchPageVi(PluginContext context) {
        super(context);
    }

    @Override
    public String pattern() {
        return "/tim-kiem";
    }
}
