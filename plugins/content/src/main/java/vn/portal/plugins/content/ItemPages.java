package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The public page of a published item, at {@code /<type path>/<slug>} (e.g.
 * {@code /tin-tuc/ubnd-tinh-hop-phien-thuong-ky}): breadcrumbs, title, date, summary and the
 * type's fields. Only the published copy is read: drafts never reach this page.
 */
@Extension
public class ItemPages implements PublicRoute {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final PluginContext context;

    public ItemPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/{section}/{slug}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        ContentService service = ContentPlugin.service(context);
        ContentType type = service.definitions().typeByPath(request.pathParams().get("section"));
        if (type == null) {
            return Optional.empty();
        }
        if (Feeds.isFeed(request.pathParams().get("slug"))) {
            return Optional.of(Feeds.render(service, request.site(), request.locale(), type,
                    request.pathParams().get("slug")));
        }
        return service.published(request.site().key(), request.locale(), request.pathParams().get("slug"))
                .filter(p -> p.type.equals(type.name()))
                .map(p -> new PageContent(200, p.title, html(request, type, p), Set.of(tag(p.itemId)),
                        dublinCore(request, type, p, service)));
    }

    /** The cache tag of an item's page. */
    static String tag(String itemId) {
        return "content:item:" + itemId;
    }

    /** Dublin Core beyond what the theme writes for every page (title, creator, publisher, language). */
    private static Map<String, String> dublinCore(RenderRequest request, ContentType type, PublishedItem p,
            ContentService service) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        meta.put("DC.date", p.publishedAt.toInstant().atZone(VIETNAM).toLocalDate().toString());
        meta.put("DC.identifier", service.url(p.siteKey, p.locale, p.type, p.slug));
        meta.put("DC.type", type.label(request.locale()));
        if (p.summary != null) {
            meta.put("DC.description", p.summary);
            meta.put("description", p.summary);
        }
        return meta;
    }

    String html(RenderRequest request, ContentType type, PublishedItem p) {
        boolean en = "en".equals(request.locale());
        ContentService service = ContentPlugin.service(context);
        String home = service.siteUrl(request.site().key(), request.locale());
        // the theme writes the page title (h1), the breadcrumbs and the print button
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"content-item content-").append(type.name()).append("\">");
        b.append("<p class=\"meta\"><a href=\"").append(Html.escape(home + type.path())).append("\">")
                .append(Html.escape(type.label(request.locale()))).append("</a> · ");
        b.append("<time datetime=\"").append(p.publishedAt.toInstant()).append("\">")
                .append(DAY.format(p.publishedAt.toInstant().atZone(VIETNAM))).append("</time></p>");
        if (p.summary != null) {
            b.append("<p class=\"summary\"><strong>").append(Html.escape(p.summary)).append("</strong></p>");
        }
        Map<String, Object> values = ContentService.fieldsOf(p.fields);
        String mediaBase = "/api/v1/content/public/media/";
        String siteParam = "?site=" + request.site().key();
        List<ContentType.Field> fields = new ArrayList<>(type.fields());
        // the featured image leads, under the summary
        fields.sort(Comparator.comparing(f -> !"featuredImage".equals(f.name())));
        for (ContentType.Field f : fields) {
            Object v = values.get(f.name());
            if (v == null || f.name().endsWith("Alt") || "featured".equals(f.name())) {
                continue;
            }
            String value = v.toString();
            String label = Html.escape(en ? f.labelEn() : f.labelVi());
            switch (f.kind()) {
                case "richtext" -> b.append("<section class=\"field-").append(f.name()).append("\">")
                        .append("body".equals(f.name()) ? "" : "<h2>" + label + "</h2>").append(value).append("</section>");
                case "image" -> {
                    Object alt = values.get(f.name() + "Alt");
                    b.append("<figure><img src=\"").append(mediaBase).append(Html.escape(value)).append(siteParam)
                            .append("\" alt=\"").append(Html.escape(alt == null ? p.title : alt.toString()))
                            .append("\" loading=\"lazy\"></figure>");
                }
                case "file" -> b.append("<p class=\"download\"><a href=\"").append(mediaBase).append(Html.escape(value))
                        .append(siteParam).append("\" download>").append(label).append(en ? " (download)" : " (tải về)")
                        .append("</a></p>");
                default -> b.append("<p class=\"field-").append(f.name()).append("\"><span class=\"label\">").append(label)
                        .append(":</span> ").append(Html.escape(value)).append("</p>");
            }
        }
        b.append("</article>");
        b.append(Ratings.form(p.itemId, request.site().key(), en));
        if ("cam-on".equals(request.param("danh-gia"))) {
            b.append("<p class=\"rating-thanks\" role=\"status\">").append(en ? "Thank you for your rating."
                    : "Cảm ơn bạn đã đánh giá.").append("</p>");
        }
        return b.toString();
    }
}
