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
        links(b, service, service.reads().mandatory(request.site().key(), request.locale()), "mandatory",
                en ? "Notices from the province" : "Thông báo của cấp trên");
        featured(b, service, request, en);
        section(b, service, request, List.of("article"), en ? "Latest news" : "Tin mới");
        section(b, service, request, List.of("announcement"), en ? "Announcements" : "Thông báo");
        section(b, service, request, List.of("legal-document"), en ? "Legal documents" : "Văn bản mới");
        links(b, service, service.reads().fromBelow(request.site().key(), request.locale(), 6), "from-below",
                en ? "From departments and communes" : "Tin từ các sở, ngành, địa phương");
        links(b, service, service.reads().latest(request.site().key(), request.locale(), List.of("procedure-page"), 0, 8),
                "services", en ? "Online public services" : "Dịch vụ công trực tuyến");
        return b.toString();
    }

    /** Up to three featured articles with their picture and summary. */
    private void featured(StringBuilder b, ContentService service, RenderRequest request, boolean en) {
        List<PublishedItem> items = service.search(request.site().key(), request.locale(), "article",
                List.of(new ContentService.FieldFilter("featured", "true", "exact")), 0, 3);
        if (items.isEmpty()) {
            return;
        }
        b.append("<section class=\"featured\"><h2>").append(en ? "Featured" : "Tin nổi bật").append("</h2>");
        for (PublishedItem p : items) {
            var fields = ContentService.fieldsOf(p.fields);
            String url = Html.escape(service.url(p.siteKey, p.locale, p.type, p.slug));
            b.append("<article class=\"featured-item\">");
            if (fields.get("featuredImage") != null) {
                Object alt = fields.get("featuredImageAlt");
                b.append("<img src=\"/api/v1/content/public/media/").append(Html.escape(fields.get("featuredImage")
                        .toString())).append("?site=").append(Html.escape(p.siteKey)).append("\" alt=\"")
                        .append(Html.escape(alt == null ? "" : alt.toString())).append("\" loading=\"lazy\">");
            }
            b.append("<h3><a href=\"").append(url).append("\">").append(Html.escape(p.title)).append("</a></h3>");
            if (p.summary != null) {
                b.append("<p>").append(Html.escape(p.summary)).append("</p>");
            }
            b.append("</article>");
        }
        b.append("</section>");
    }

    private void section(StringBuilder b, ContentService service, RenderRequest request, List<String> types,
            String heading) {
        links(b, service, service.reads().latest(request.site().key(), request.locale(), types, 0, 6), types.get(0), heading);
    }

    /** A list of items linking to their own (canonical) pages; nothing when empty. */
    private void links(StringBuilder b, ContentService service, List<PublishedItem> items, String name, String heading) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<section class=\"latest latest-").append(name).append("\"><h2>").append(Html.escape(heading))
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
