package vn.portal.plugins.notify.admin;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** "Mẫu thông báo": the message templates per kind, channel and language, with a live preview. */
@Extension
public class TemplatesAdminPage implements AdminPage {

    private final PluginContext context;

    public TemplatesAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "templates";
    }

    @Override
    public String label() {
        return "Mẫu thông báo";
    }

    @Override
    public String labelEn() {
        return "Notification templates";
    }

    @Override
    public String category() {
        return "system";
    }

    @Override
    public String permission() {
        return "notify:templates";
    }

    @Override
    public String view() {
        return "admin/notify/templates.xhtml";
    }

    @Override
    public Object newModel() {
        return new TemplatesModel(context);
    }
}
