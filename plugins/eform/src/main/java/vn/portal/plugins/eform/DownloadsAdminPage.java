package vn.portal.plugins.eform;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** Downloadable forms of the procedures (level 2): upload, new versions, the list with their public addresses. */
@Extension
public class DownloadsAdminPage implements AdminPage {

    private final PluginContext context;

    public DownloadsAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "downloads";
    }

    @Override
    public String label() {
        return "Mẫu đơn, tờ khai tải về";
    }

    @Override
    public String labelEn() {
        return "Downloadable forms";
    }

    @Override
    public String category() {
        return "services";
    }

    @Override
    public String permission() {
        return EformPermissions.DESIGN + ":{site}";
    }

    @Override
    public String view() {
        return "admin/eform/downloads.xhtml";
    }

    @Override
    public Object newModel() {
        return new DownloadsModel(context);
    }
}
