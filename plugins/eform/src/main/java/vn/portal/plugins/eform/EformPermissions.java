package vn.portal.plugins.eform;

import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;

/** eform:design:&lt;site&gt; (forms) and eform:process:&lt;site&gt; (dossiers). */
@Extension
public class EformPermissions implements PermissionContribution {

    public static final String DESIGN = "eform:design";
    public static final String PROCESS = "eform:process";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(DESIGN, "Thiết kế và công bố biểu mẫu điện tử", "Design and publish e-forms"),
                new PermissionDefinition(PROCESS, "Tiếp nhận và xử lý hồ sơ trực tuyến", "Receive and process dossiers"));
    }
}
