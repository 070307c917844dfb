package vn.portal.plugins.search.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;

/** The search page at its English address, {@code /search}. */
@Extension
public class SearchPageEn extends SearchPage {

    public SearchPageEn(PluginContext context) {
        super(context);
    }

    @Override
    public String pattern() {
        return "/search";
    }
}
