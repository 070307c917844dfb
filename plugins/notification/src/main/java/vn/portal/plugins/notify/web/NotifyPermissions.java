package vn.portal.plugins.notify.web;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

/** The permissions this plugin defines. */
@Extension
public class NotifyPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition("notify:manage", "Theo dõi, gửi lại thông báo và quản lý webhook của trang",
                        "Watch and re-send the site's notifications, manage its webhooks"),
                new PermissionDefinition("notify:templates", "Sửa mẫu thông báo (toàn cổng)",
                        "Edit notification templates (whole portal)"));
    }
}
