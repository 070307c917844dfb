package vn.portal.plugins.notify.web;

import java.util.Optional;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * {@code /thong-bao/xac-nhan} and {@code /thong-bao/huy}: where confirmation and unsubscribe links
 * lead. Opening the link only shows a button; the change is a POST, so mail scanners that follow
 * links change nothing.
 */
public abstract class LinkPages implements PublicRoute {

    private final PluginContext context;

    LinkPages(PluginContext context) {
        this.context = context;
    }

    abstract String endpoint();

    abstract String[] texts(); // title vi, title en, button vi, button en, ok vi, ok en

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        String[] t = texts();
        String outcome = r.param("ket-qua");
        StringBuilder b = new StringBuilder();
        if ("ok".equals(outcome)) {
            b.append(PublicPages.status(r, true, t[4], t[5]));
        } else if ("loi".equals(outcome)) {
            b.append(PublicPages.status(r, false, "Liên kết không đúng hoặc đã hết hiệu lực.",
                    "The link is not valid or no longer works."));
        } else if (r.param("t") == null) {
            return Optional.empty();
        } else {
            b.append("<form method=\"post\" class=\"public-form\" action=\"").append(PublicPages.action(r, endpoint()))
                    .append("\">").append(PublicPages.hidden("t", r.param("t"))).append(PublicPages.hidden("lang", r.locale()))
                    .append(PublicPages.csrf(context))
                    .append("<p><button type=\"submit\">").append(Html.escape(PublicPages.t(r, t[2], t[3])))
                    .append("</button></p></form>");
        }
        return PublicPages.page(PublicPages.t(r, t[0], t[1]), b.toString());
    }
}
