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
        if (CategoryPages.PATH.equals(request.pathParams().get("section"))) {
            return CategoryPages.page(service, request, request.pathParams().get("slug"));
        }
        ContentType type = service.definitions().typeByPath(request.pathParams().get("section"));
        if (type == null) {
            return Optional.empty();
        }
        if (Feeds.isFeed(request.pathParams().get("slug"))) {
            return Optional.of(Feeds.render(service, request.site(), request.locale(), type,
                    request.pathParams().get("slug")));
        }
        // one transaction for the page's queries (each would otherwise take a connection and commit)
        return context.transactions().required(() -> service.reads().published(request.site().key(), request.locale(),
                        request.pathParams().get("slug"))
                .filter(p -> p.type.equals(type.name()))
                .map(p -> {
                    List<PublishedItem> related = service.reads().related(p, 5);
                    // the page also shows the related items: dropping one of them drops this page too
                    Set<String> tags = new java.util.HashSet<>(Set.of(tag(p.itemId)));
                    related.forEach(r -> tags.add(tag(r.itemId)));
                    return new PageContent(200, p.title, html(request, type, p, related), tags,
                            dublinCore(request, type, p, service));
                }));
    }

    /** A draft's comments received (approved ones) and, while the period is open, the form. */
    private String comments(RenderRequest request, PublishedItem p, Map<String, Object> values, boolean en) {
        StringBuilder b = new StringBuilder("<section class=\"comments\" aria-labelledby=\"comments-h\"><h2 id=\"comments-h\">")
                .append(en ? "Comments received" : "Ý kiến đã nhận").append("</h2>");
        List<Comment> approved = ContentPlugin.participation(context).comments(p.itemId, "APPROVED");
        if (approved.isEmpty()) {
            b.append("<p>").append(en ? "No comments published yet." : "Chưa có ý kiến nào được đăng.").append("</p>");
        }
        for (Comment c : approved) {
            b.append("<blockquote><p>").append(Html.escape(c.body)).append("</p><footer>").append(Html.escape(c.author))
                    .append(", ").append(DAY.format(c.createdAt.toInstant().atZone(VIETNAM))).append("</footer></blockquote>");
        }
        Object until = values.get("commentsOpenUntil");
        if (until != null && !java.time.LocalDate.parse(until.toString()).isBefore(java.time.LocalDate.now(VIETNAM))) {
            b.append(Forms.outcome(request, "Cảm ơn bạn. Ý kiến sẽ được đăng sau khi cơ quan xem xét.",
                    "Thank you. Your comment will be published once the agency has reviewed it."));
            b.append("<form class=\"comment\" method=\"post\" action=\"/api/v1/content/public/items/")
                    .append(Html.escape(p.itemId)).append("/comments?site=").append(Html.escape(request.site().key()))
                    .append(Forms.csrf(context)).append("\"><h3>").append(en ? "Send your comment" : "Gửi ý kiến góp ý").append("</h3>")
                    .append(Forms.field("f-name", "name", en ? "Your name" : "Họ và tên", true, false))
                    .append(Forms.field("f-email", "email", en ? "E-mail" : "Thư điện tử", false, false))
                    .append(Forms.field("f-body", "body", en ? "Your comment" : "Nội dung góp ý", true, true))
                    .append(Forms.trap()).append("<button type=\"submit\">").append(en ? "Send" : "Gửi ý kiến")
                    .append("</button></form>");
        } else {
            b.append("<p>").append(en ? "The comment period has ended." : "Đã hết hạn góp ý.").append("</p>");
        }
        return b.append("</section>").toString();
    }

    /** What a reader sees for a value: the name of a catalog entry rather than its code. */
    private String shown(ContentType.Field f, String value, String locale) {
        if (!"catalog".equals(f.kind())) {
            return value;
        }
        return context.catalogs().find(f.catalog(), value, java.time.LocalDate.now(VIETNAM))
                .map(e -> "en".equals(locale) && e.nameEn() != null ? e.nameEn() : e.nameVi()).orElse(value);
    }

    /**
     * A procedure of the catalog links to its page ({@code /thu-tuc-hanh-chinh/<code>}, served by the search
     * plugin where it is on), which shows what the catalog holds and, from the e-form plugin, the online form
     * and the forms to download.
     */
    private String procedureLink(RenderRequest request, ContentType.Field f, String value, String shownHtml) {
        if (!"catalog".equals(f.kind()) || !"procedures".equals(f.catalog())
                || !context.sites().isPluginEnabled(request.site().key(), "search")) {
            return shownHtml;
        }
        String url = ContentPlugin.service(context).siteUrl(request.site().key(), request.locale()) + "thu-tuc-hanh-chinh/"
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        return "<a href=\"" + Html.escape(url) + "\">" + shownHtml + "</a>";
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
        if (!p.siteKey.equals(request.site().key())) {
            meta.put("canonical", service.url(p.siteKey, p.locale, p.type, p.slug)); // shown here, owned there
        }
        Map<String, PublishedItem> translations = service.reads().publishedTranslations(p);
        for (String locale : request.site().locales()) {
            if (!locale.equals(p.locale)) {
                PublishedItem t = translations.get(locale);
                // the switch leads to the translation, or to that language's home when there is none yet
                meta.put("alternate:" + locale, t != null ? service.url(t.siteKey, t.locale, t.type, t.slug)
                        : service.siteUrl(request.site().key(), locale));
            }
        }
        meta.put("DC.type", type.label(request.locale()));
        if (p.summary != null) {
            meta.put("DC.description", p.summary);
            meta.put("description", p.summary);
        }
        return meta;
    }

    String html(RenderRequest request, ContentType type, PublishedItem p, List<PublishedItem> related) {
        boolean en = "en".equals(request.locale());
        ContentService service = ContentPlugin.service(context);
        String home = service.siteUrl(request.site().key(), request.locale());
        // the theme writes the page title (h1), the breadcrumbs and the print button
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"content-item content-").append(type.name()).append("\">");
        b.append("<p class=\"meta\"><a href=\"").append(Html.escape(home + type.path())).append("\">")
                .append(Html.escape(type.label(request.locale()))).append("</a> · ");
        b.append("<time datetime=\"").append(p.publishedAt.toInstant()).append("\">")
                .append(DAY.format(p.publishedAt.toInstant().atZone(VIETNAM))).append("</time>");
        if (p.categories != null) {
            for (String slug : p.categories.split(" ")) {
                service.category(p.siteKey, slug).ifPresent(c -> b.append(" · <a href=\"")
                        .append(Html.escape(service.siteUrl(p.siteKey, request.locale()) + CategoryPages.PATH + "/" + c.slug))
                        .append("\">").append(Html.escape(c.name(request.locale()))).append("</a>"));
            }
        }
        b.append("</p>");
        if (p.summary != null) {
            b.append("<p class=\"summary\"><strong>").append(Html.escape(p.summary)).append("</strong></p>");
        }
        Map<String, Object> values = p.values();
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
                        .append("body".equals(f.name()) ? "" : "<h2>" + label + "</h2>")
                        // library images in three widths, from the site the page is shown on
                        .append(BodyImages.withSrcset(value, request.site().key())).append("</section>");
                case "image" -> {
                    Object alt = values.get(f.name() + "Alt");
                    String src = mediaBase + Html.escape(value) + siteParam;
                    b.append("<figure><img src=\"").append(src).append("&amp;w=1280\" srcset=\"");
                    for (int w : ImageVariants.WIDTHS) {
                        b.append(w == 320 ? "" : ", ").append(src).append("&amp;w=").append(w).append(' ').append(w).append('w');
                    }
                    b.append("\" sizes=\"(max-width: 52rem) 100vw, 50rem\" alt=\"")
                            .append(Html.escape(alt == null ? p.title : alt.toString())).append("\" loading=\"lazy\"></figure>");
                }
                case "file" -> b.append("<p class=\"download\"><a href=\"").append(mediaBase).append(Html.escape(value))
                        .append(siteParam).append("\" download>").append(label).append(en ? " (download)" : " (tải về)")
                        .append("</a></p>");
                default -> b.append("<p class=\"field-").append(f.name()).append("\"><span class=\"label\">").append(label)
                        .append(":</span> ").append(procedureLink(request, f, value, Html.escape(shown(f, value,
                                request.locale())))).append("</p>");
            }
        }
        b.append("</article>");
        if ("draft-document".equals(type.name())) {
            b.append(comments(request, p, values, en));
        }
        if (!related.isEmpty()) {
            b.append("<aside class=\"related\" aria-labelledby=\"related-h\"><h2 id=\"related-h\">")
                    .append(en ? "Related" : "Tin liên quan").append("</h2><ul>");
            for (PublishedItem r : related) {
                b.append("<li><a href=\"").append(Html.escape(service.url(r.siteKey, r.locale, r.type, r.slug)))
                        .append("\">").append(Html.escape(r.title)).append("</a></li>");
            }
            b.append("</ul></aside>");
        }
        b.append(Ratings.form(p.itemId, request.site().key(), Forms.csrf(context), en));
        if ("cam-on".equals(request.param("danh-gia"))) {
            b.append("<p class=\"rating-thanks\" role=\"status\">").append(en ? "Thank you for your rating."
                    : "Cảm ơn bạn đã đánh giá.").append("</p>");
        }
        return b.toString();
    }
}
