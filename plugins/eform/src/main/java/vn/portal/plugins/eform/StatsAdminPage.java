package vn.portal.plugins.eform;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** Per-service statistics of the admin shell, for staff who receive dossiers on at least one site. */
@Extension
public class StatsAdminPage implements AdminPage {

    private final PluginContext context;

    public StatsAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "stats";
    }

    @Override
    public String label() {
        return "Thống kê dịch vụ công";
    }

    @Override
    public String labelEn() {
        return "Service statistics";
    }

    @Override
    public String category() {
        return "services";
    }

    @Override
    public String permission() {
        return EformPermissions.PROCESS + ":{site}";
    }

    @Override
    public String view() {
        return "admin/eform/stats.xhtml";
    }

    @Override
    public Object newModel() {
        return new StatsModel(context);
    }
}
