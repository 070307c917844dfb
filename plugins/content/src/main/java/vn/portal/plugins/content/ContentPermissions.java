package vn.portal.plugins.content;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

/** content:create|edit|approve|publish:<site>, as the built-in editor and publisher roles use them. */
@Extension
public class ContentPermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition("content:create", "Viết bài, gửi duyệt bài của mình",
                        "Write items and submit one's own"),
                new PermissionDefinition("content:edit", "Biên tập mọi bài của trang", "Edit every item of the site"),
                new PermissionDefinition("content:approve", "Duyệt hoặc trả lại bài", "Approve or return items"),
                new PermissionDefinition("content:publish", "Đăng, gỡ, lưu trữ bài", "Publish, unpublish and archive"));
    }
}
