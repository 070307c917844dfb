package vn.portal.plugins.notify.admin;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** "Thông báo đã gửi": a site's deliveries, the delivery log, dead letters and re-sending them. */
@Extension
public class DeliveriesAdminPage implements AdminPage {

    private final PluginContext context;

    public DeliveriesAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "deliveries";
    }

    @Override
    public String label() {
        return "Thông báo đã gửi";
    }

    @Override
    public String labelEn() {
        return "Notifications sent";
    }

    @Override
    public String category() {
        return "services";
    }

    @Override
    public String permission() {
        return "notify:manage:{site}";
    }

    @Override
    public String view() {
        return "admin/notify/deliveries.xhtml";
    }

    @Override
    public Object newModel() {
        return new DeliveriesModel(context);
    }
}
