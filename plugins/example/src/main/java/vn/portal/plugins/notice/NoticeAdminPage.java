package vn.portal.plugins.notice;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** The notices page of the admin shell: for whoever may manage notices on some site. */
@Extension
public class NoticeAdminPage implements AdminPage {

    private final PluginContext context;

    public NoticeAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "notices";
    }

    @Override
    public String label() {
        return "Thông báo trên trang";
    }

    @Override
    public String labelEn() {
        return "Site notices";
    }

    @Override
    public String category() {
        return "content";
    }

    @Override
    public String permission() {
        return "notice:manage:{site}";
    }

    @Override
    public String view() {
        return "admin/notices.xhtml";
    }

    /** One per visit of the page; the view reads it as {@code #{model}}. */
    @Override
    public Object newModel() {
        return new NoticesModel(context);
    }
}
