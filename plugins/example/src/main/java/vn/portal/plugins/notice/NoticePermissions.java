package vn.portal.plugins.notice;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

/** The permissions this plugin defines. */
@Extension
public class NoticePermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("notice:manage", "Quản lý thông báo của trang",
                "Manage the site's notices"));
    }
}
