package vn.portal.plugins.notice;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;

/** Shows the site's current notices in the theme's header region. */
@Extension
public class NoticeWidget implements Widget {

    private final NoticeService service;

    public NoticeWidget(PluginContext context) {
        this.service = NoticePlugin.service(context);
    }

    @Override
    public String region() {
        return "header";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String render(RenderRequest request) {
        StringBuilder html = new StringBuilder();
        for (Notice n : service.current(request.site().key())) {
            String text = "en".equals(request.locale()) && n.messageEn != null ? n.messageEn : n.messageVi;
            html.append("<div class=\"notice notice-").append("warning".equals(n.level) ? "warning" : "info")
                    .append("\" role=\"status\"><p>").append(escape(text)).append("</p></div>");
        }
        return html.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
