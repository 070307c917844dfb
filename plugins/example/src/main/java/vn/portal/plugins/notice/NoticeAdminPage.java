package vn.portal.plugins.notice;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;

/** The notices page of the admin shell. */
@Extension
public class NoticeAdminPage implements AdminPage {

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
        return "notice:manage";
    }

    @Override
    public String view() {
        return "admin/notices.xhtml";
    }
}
