package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * A type's listing at {@code /<type path>} (e.g. {@code /tin-tuc?trang=2}), newest first,
 * 20 a page; and the site's feeds at {@code /rss.xml} and {@code /atom.xml}.
 */
@Extension
public class ListingPages implements PublicRoute {

    static final int PAGE = 20;

    private final PluginContext context;

    public ListingPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/{section}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        ContentService service = ContentPlugin.service(context);
        String section = request.pathParams().get("section");
        if (Feeds.isFeed(section)) {
            return Optional.of(Feeds.render(service, request.site(), request.locale(), null, section));
        }
        ContentType type = service.definitions().typeByPath(section);
        if (type == null) {
            return Optional.empty();
        }
        int page = Math.max(1, parse(request.param("trang")));
        boolean en = "en".equals(request.locale());
        StringBuilder b = new StringBuilder("<section class=\"listing listing-").append(type.name()).append("\">");
        List<PublishedItem> items;
        if ("question".equals(type.name())) {
            b.append(askForm(request, en, Forms.csrf(context)));
        }
        if ("legal-document".equals(type.name())) {
            List<ContentService.FieldFilter> filters = DocumentSearch.filters(request);
            b.append(DocumentSearch.form(context, request));
            items = service.search(request.site().key(), request.locale(), type.name(), filters, (page - 1) * PAGE,
                    PAGE + 1);
        } else {
            items = service.reads().latest(request.site().key(), request.locale(), List.of(type.name()), (page - 1) * PAGE,
                    PAGE + 1);
        }
        b.append(list(service, request, items, page, en, type.path() + "/")).append("</section>");
        return Optional.of(new PageContent(200, type.label(request.locale()), b.toString(),
                Set.of(PageCache.general(request.site().key())), java.util.Map.of()));
    }

    /**
     * One page of items (at most {@link #PAGE}; one more in {@code items} means there is a next
     * page), the pager, and links to the feeds at {@code <feedPrefix>rss.xml} and atom.xml.
     */
    static String list(ContentService service, RenderRequest request, List<PublishedItem> items, int page, boolean en,
            String feedPrefix) {
        StringBuilder b = new StringBuilder();
        if (items.isEmpty()) {
            b.append("<p>").append(en ? "Nothing published yet." : "Chưa có bài nào.").append("</p>");
        }
        b.append("<ul class=\"items\">");
        for (PublishedItem p : items.subList(0, Math.min(items.size(), PAGE))) {
            b.append("<li><h2><a href=\"").append(Html.escape(service.url(p.siteKey, p.locale, p.type, p.slug))).append("\">")
                    .append(Html.escape(p.title)).append("</a></h2><time datetime=\"").append(p.publishedAt.toInstant())
                    .append("\">").append(ItemPages.DAY.format(p.publishedAt.toInstant().atZone(ItemPages.VIETNAM)))
                    .append("</time>");
            if (p.summary != null) {
                b.append("<p>").append(Html.escape(p.summary)).append("</p>");
            }
            b.append("</li>");
        }
        b.append("</ul><nav class=\"pager\" aria-label=\"").append(en ? "Pages" : "Trang").append("\">");
        if (page > 1) {
            b.append("<a rel=\"prev\" href=\"?").append(Html.escape(DocumentSearch.query(request, page - 1))).append("\">")
                    .append(en ? "« Newer" : "« Mới hơn").append("</a> ");
        }
        if (items.size() > PAGE) {
            b.append("<a rel=\"next\" href=\"?").append(Html.escape(DocumentSearch.query(request, page + 1))).append("\">")
                    .append(en ? "Older »" : "Cũ hơn »").append("</a>");
        }
        b.append("</nav><p class=\"feeds\"><a href=\"").append(Html.escape(feedPrefix)).append("rss.xml\">RSS</a> · <a href=\"")
                .append(Html.escape(feedPrefix)).append("atom.xml\">Atom</a></p>");
        return b.toString();
    }

    /** The citizens' question form on the Q&A page. */
    private static String askForm(RenderRequest request, boolean en, String csrf) {
        return Forms.outcome(request, "Câu hỏi của bạn đã được gửi. Cơ quan sẽ trả lời và đăng tại trang này.",
                "Your question has been sent. The answer will be published on this page.")
                + "<form class=\"ask\" method=\"post\" action=\"/api/v1/content/public/questions?site="
                + Html.escape(request.site().key()) + csrf + "\"><h2>" + (en ? "Ask a question" : "Gửi câu hỏi") + "</h2>"
                + Forms.field("f-name", "name", en ? "Your name" : "Họ và tên", true, false)
                + Forms.field("f-email", "email", en ? "E-mail (for the answer)" : "Thư điện tử (để nhận trả lời)", false,
                        false)
                + Forms.field("f-question", "question", en ? "Your question" : "Nội dung câu hỏi", true, true)
                + Forms.trap() + "<button type=\"submit\">" + (en ? "Send" : "Gửi câu hỏi") + "</button></form>";
    }

    static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
