package vn.portal.kernel.it.probe;

import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;

public class ProbeWidget implements Widget {
    @Override
    public String region() {
        return "sidebar";
    }

    @Override
    public String render(RenderRequest request) {
        return "<p class=\"probe-widget\">probe widget on " + request.site().key() + "</p>";
    }
}
