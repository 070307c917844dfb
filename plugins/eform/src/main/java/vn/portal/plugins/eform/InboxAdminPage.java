package vn.portal.plugins.eform;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** The dossier inbox of the admin shell, for staff who process dossiers on at least one site. */
@Extension
public class InboxAdminPage implements AdminPage {

    private final PluginContext context;

    public InboxAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "inbox";
    }

    @Override
    public String label() {
        return "Hồ sơ trực tuyến";
    }

    @Override
    public String labelEn() {
        return "Online dossiers";
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
        return "admin/eform/inbox.xhtml";
    }

    @Override
    public Object newModel() {
        return new InboxModel(context);
    }
}
