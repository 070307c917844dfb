package vn.portal.plugins.content;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * {@code /xem-truoc/<item id>}: the working copy of an item exactly as its public page will
 * show it — the same code ({@link ItemPages}) inside the site's theme — for signed-in staff of
 * that site only. Anyone else gets the theme's 404, so a draft never reaches a visitor; the
 * kernel never caches a page for a signed-in user, and never a 404.
 */
@Extension
public class PreviewPages implements PublicRoute {

    static final String SEGMENT = "xem-truoc";
    private static final String NOTE_STYLE = "background:#fff7d6;border:1px solid #e7c65b;border-left:5px solid #b7791f;"
            + "padding:.6rem .9rem;border-radius:4px;color:#3f2d00";

    private final PluginContext context;

    public PreviewPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/" + SEGMENT + "/{id}";
    }

    /**
     * The preview's address. A site without its own host name is previewed on the host the admin
     * is using (a path), so the staff member's session goes along.
     */
    static String url(PluginContext context, Site site, String locale, String itemId) {
        String base = context.sites().url(site.key());
        if (site.hosts().isEmpty()) {
            base = URI.create(base).getRawPath();
        }
        return base + ("vi".equals(locale) ? "" : locale + "/") + SEGMENT + "/" + itemId;
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        Site site = request.site();
        ContentService service = ContentPlugin.service(context);
        ContentAccess access = new ContentAccess(context, service, site);
        PortalUser user = access.user().orElse(null);
        if (user == null || !access.isStaff(user)) {
            return Optional.empty();
        }
        ContentItem item;
        try {
            item = service.get(site, request.pathParams().get("id"));
        } catch (ApiProblem notHere) {
            return Optional.empty();
        }
        ContentType type = service.definitions().type(item.type);
        if (type == null || !item.locale.equals(request.locale())) {
            return Optional.empty();
        }
        String html = new ItemPages(context).html(request, type, asPublished(item), List.of())
                // the draft's files are not public yet: staff read them from the staff address
                .replace("/api/v1/content/public/media/", "/api/v1/content/media/");
        boolean en = "en".equals(request.locale());
        String note = "<p class=\"preview-note\" role=\"note\" style=\"" + NOTE_STYLE + "\"><strong>" + (en ? "Preview" : "Bản xem trước") + "</strong> — "
                + Html.escape(en ? "not published: visitors cannot see this page. Status: " + item.status
                        : "bài chưa đăng, người đọc chưa thấy trang này. Trạng thái: " + status(item.status)) + "</p>";
        return Optional.of(new PageContent(200, item.title, note + html, Set.of(), Map.of("robots", "noindex, nofollow")));
    }

    /** The copy publishing would make, in memory only. */
    private static PublishedItem asPublished(ContentItem item) {
        PublishedItem p = new PublishedItem();
        p.itemId = item.id;
        p.copy(item, item.fields);
        p.publishedAt = item.publishedAt != null ? item.publishedAt : Timestamp.from(Instant.now());
        p.updatedAt = item.updatedAt;
        return p;
    }

    private static String status(String status) {
        return switch (status) {
            case "draft" -> "bản nháp";
            case "submitted" -> "chờ duyệt";
            case "approved" -> "đã duyệt, chờ đăng";
            case "scheduled" -> "hẹn giờ đăng";
            case "published" -> "đã đăng (bản đang sửa)";
            case "unpublished" -> "đã gỡ";
            case "archived" -> "lưu trữ";
            default -> status;
        };
    }
}
