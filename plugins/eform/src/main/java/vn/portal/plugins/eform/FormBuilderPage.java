package vn.portal.plugins.eform;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** The form builder of the admin shell, for staff who design forms on at least one site. */
@Extension
public class FormBuilderPage implements AdminPage {

    private final PluginContext context;

    public FormBuilderPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "forms";
    }

    @Override
    public String label() {
        return "Biểu mẫu điện tử";
    }

    @Override
    public String labelEn() {
        return "E-forms";
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
        return "admin/eform/builder.xhtml";
    }

    @Override
    public Object newModel() {
        return new BuilderModel(context);
    }
}
