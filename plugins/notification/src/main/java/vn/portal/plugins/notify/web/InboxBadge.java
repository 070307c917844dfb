package vn.portal.plugins.notify.web;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;

/**
 * The unread count in the public header, for signed-in people only. Anonymous pages (the cached
 * ones) get nothing from here, so the cache never holds anyone's count.
 */
@Extension
public class InboxBadge implements Widget {

    private final PluginContext context;

    public InboxBadge(PluginContext context) {
        this.context = context;
    }

    @Override
    public String region() {
        return "header";
    }

    @Override
    public String render(RenderRequest r) {
        return context.identity().currentUser().map(u -> {
            long unread = new Inbox(context).unread(u.id());
            String label = PublicPages.t(r, "Thông báo", "Notifications");
            String count = unread == 0 ? "" : " <span class=\"badge\" aria-label=\"" + unread + " "
                    + Html.escape(PublicPages.t(r, "chưa đọc", "unread")) + "\">" + unread + "</span>";
            String base = context.sites().url(r.site().key()) + ("en".equals(r.locale()) ? "en/" : "");
            return "<a class=\"notify-badge\" href=\"" + Html.escape(base) + "thong-bao/hop-thu\">" + Html.escape(label)
                    + count + "</a>";
        }).orElse("");
    }
}
