package vn.portal.plugins.search;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

/** search:manage:<site> — the index's status, a full reindex, the site's synonyms. */
@Extension
public class SearchPermissions implements PermissionContribution {

    public static final String MANAGE = "search:manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(MANAGE, "Quản lý tìm kiếm: tình trạng chỉ mục, lập lại chỉ mục, từ đồng nghĩa",
                "Manage search: index status, full reindex, synonyms"));
    }
}
