package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.util.List;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;

/** The latest news and announcements of the site, on its home page. */
@Extension
public class LatestWidget implements Widget {

    private final PluginContext context;

    public LatestWidget(PluginContext context) {
        this.context = context;
    }

    @Override
    public String region() {
        return "homeMain";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String render(RenderRequest request) {
        if (!"/".equals(request.path())) {
            // the kernel renders every widget for every page, but homeMain is shown on the home page
            // only: on the other pages these three queries were thrown away
            return "";
        }
        ContentService service = ContentPlugin.service(context);
        boolean en = "en".equals(request.locale());
        StringBuilder b = new StringBuilder();
        section(b, service, request, List.of("article"), en ? "Latest news" : "Tin mới");
        section(b, service, request, List.of("announcement"), en ? "Announcements" : "Thông báo");
        section(b, service, request, List.of("legal-document"), en ? "Legal documents" : "Văn bản mới");
        return b.toString();
    }

    private void section(StringBuilder b, ContentService service, RenderRequest request, List<String> types,
            String heading) {
        List<PublishedItem> items = service.latest(request.site().key(), request.locale(), types, 0, 6);
        if (items.isEmpty()) {
            return;
        }
        b.append("<section class=\"latest latest-").append(types.get(0)).append("\"><h2>").append(Html.escape(heading))
                .append("</h2><ul>");
        for (PublishedItem p : items) {
            b.append("<li><a href=\"").append(Html.escape(service.url(p.siteKey, p.locale, p.type, p.slug))).append("\">")
                    .append(Html.escape(p.title)).append("</a> <time datetime=\"").append(p.publishedAt.toInstant())
                    .append("\">").append(ItemPages.DAY.format(p.publishedAt.toInstant().atZone(ItemPages.VIETNAM)))
                    .append("</time></li>");
        }
        b.append("</ul></section>");
    }
}
