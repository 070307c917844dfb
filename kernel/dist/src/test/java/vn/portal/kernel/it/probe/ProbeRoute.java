package vn.portal.kernel.it.probe;

import java.util.Optional;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

public class ProbeRoute implements PublicRoute {
    @Override
    public String pattern() {
        return "/probe/{name}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        String name = request.pathParams().get("name");
        if (name.equals("missing")) {
            return Optional.empty();
        }
        return Optional.of(PageContent.ok("Probe " + name, "<p class=\"probe-page\">" + name.replace("<", "&lt;") + "</p>"));
    }
}
