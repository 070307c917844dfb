package vn.portal.plugins.content;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/**
 * The content editor of the admin shell, for anyone with a content permission on some site
 * (authors, editors, approvers, publishers); what they may do is decided site by site.
 */
@Extension
public class ContentAdminPage implements AdminPage {

    private final PluginContext context;

    public ContentAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "items";
    }

    @Override
    public String label() {
        return "Biên tập nội dung";
    }

    @Override
    public String labelEn() {
        return "Content editor";
    }

    @Override
    public String category() {
        return "content";
    }

    @Override
    public String permission() {
        return String.join(" | ", ContentAccess.ACTIONS.stream().map(a -> "content:" + a + ":{site}").toList());
    }

    @Override
    public String view() {
        return "admin/content/items.xhtml";
    }

    @Override
    public Object newModel() {
        return new EditorModel(context, ContentPlugin.service(context));
    }
}
