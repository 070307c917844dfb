package vn.portal.plugins.content;

import org.pf4j.Extension;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.plugin.PluginContext;

/** The media library of the admin shell, for authors and editors of some site. */
@Extension
public class MediaAdminPage implements AdminPage {

    private final PluginContext context;

    public MediaAdminPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "media";
    }

    @Override
    public String label() {
        return "Thư viện media";
    }

    @Override
    public String labelEn() {
        return "Media library";
    }

    @Override
    public String category() {
        return "content";
    }

    @Override
    public String permission() {
        return "content:create:{site} | content:edit:{site}";
    }

    @Override
    public String view() {
        return "admin/content/media.xhtml";
    }

    @Override
    public Object newModel() {
        return new MediaModel(context, ContentPlugin.service(context));
    }
}
