package vn.portal.plugins.eform;

import java.util.Optional;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/** The same page at the English address of the menu entry. */
@Extension
public class ServicesPageEn implements PublicRoute {

    private final PluginContext context;

    public ServicesPageEn(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return Links.SERVICES_EN;
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        return Optional.of(ServicesPage.page(context, r));
    }
}
