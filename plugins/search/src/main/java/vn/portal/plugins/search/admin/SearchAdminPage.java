package vn.portal.plugins.search.admin;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.search.SearchPermissions;
import vn.portal.plugins.search.SearchPlugin;

/** The search page of the admin: index status per site, a full reindex with its progress, synonyms per site. */
@Extension
public class SearchAdminPage implements AdminPage {

    private final PluginContext context;

    public SearchAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "index";
    }

    @Override
    public String label() {
        return "Tìm kiếm";
    }

    @Override
    public String labelEn() {
        return "Search";
    }

    @Override
    public String category() {
        return "system";
    }

    @Override
    public String permission() {
        return SearchPermissions.MANAGE + ":{site}";
    }

    @Override
    public String view() {
        return "admin/search/index.xhtml";
    }

    @Override
    public Object newModel() {
        return new SearchAdminModel(context, SearchPlugin.service(context));
    }
}
