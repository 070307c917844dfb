package vn.portal.kernel.it.probe;

import java.util.List;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

public class ProbePermissions implements PermissionContribution {
    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("probe:write", "Ghi dữ liệu thử", "Write probe data"));
    }
}
