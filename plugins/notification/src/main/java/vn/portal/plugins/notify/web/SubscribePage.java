package vn.portal.plugins.notify.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/** {@code /thong-bao/dang-ky}: subscribe to new content by e-mail (confirmed by a link sent to the address). */
@Extension
public class SubscribePage implements PublicRoute {

    private static final Map<String, String[]> ERRORS = Map.of(
            "email", new String[] {"Địa chỉ thư điện tử không đúng.", "The e-mail address is not valid."},
            "topic", new String[] {"Hãy chọn nội dung muốn theo dõi.", "Choose what to follow."},
            "value", new String[] {"Hãy ghi chuyên mục, lĩnh vực hoặc địa bàn.", "Say which category, sector or area."},
            "digest", new String[] {"Cách nhận tin không đúng.", "Choose how often to receive news."});

    private final PluginContext context;

    public SubscribePage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/thong-bao/dang-ky";
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        StringBuilder b = new StringBuilder();
        if ("1".equals(r.param("da-gui"))) {
            b.append(PublicPages.status(r, true, "Đã gửi thư xác nhận. Hãy mở thư và bấm liên kết để bắt đầu nhận tin.",
                    "We sent you a confirmation message. Open it and follow the link to start receiving news."));
        }
        String errors = r.param("loi");
        if (errors != null) {
            b.append("<div class=\"form-errors\" role=\"alert\"><ul>");
            for (String e : errors.split(",")) {
                String[] m = ERRORS.get(e);
                if (m != null) {
                    b.append("<li>").append(Html.escape(PublicPages.t(r, m[0], m[1]))).append("</li>");
                }
            }
            b.append("</ul></div>");
        }
        b.append("<p>").append(Html.escape(PublicPages.t(r, "Nhận thư khi trang đăng tin mới: tất cả tin, một chuyên mục,"
                + " một lĩnh vực hoặc một địa bàn. Mỗi thư có liên kết hủy đăng ký.", "Receive an e-mail when this site"
                + " publishes: everything, a category, a sector or an area. Every message has an unsubscribe link.")))
                .append("</p>");
        b.append("<form method=\"post\" class=\"public-form\" action=\"").append(PublicPages.action(r, "subscriptions"))
                .append("\">").append(PublicPages.hidden("lang", r.locale())).append(PublicPages.csrf(context));
        b.append("<p><label for=\"n-email\">").append(Html.escape(PublicPages.t(r, "Thư điện tử", "E-mail")))
                .append(" *</label><input id=\"n-email\" name=\"email\" type=\"email\" maxlength=\"254\" required"
                        + " aria-required=\"true\" autocomplete=\"email\"></p>");
        b.append("<fieldset><legend>").append(Html.escape(PublicPages.t(r, "Theo dõi", "Follow"))).append("</legend>");
        radio(b, r, "SITE", "Tất cả tin của trang", "Everything on this site", true);
        radio(b, r, "CATEGORY", "Một chuyên mục (ghi tên viết liền, ví dụ cai-cach-hanh-chinh)", "A category (its address name)", false);
        radio(b, r, "SECTOR", "Một lĩnh vực", "A sector", false);
        radio(b, r, "UNIT", "Một địa bàn (xã, phường)", "An area (commune)", false);
        b.append("</fieldset>");
        b.append("<p><label for=\"n-value\">").append(Html.escape(PublicPages.t(r, "Chuyên mục, lĩnh vực hoặc địa bàn",
                "Category, sector or area"))).append("</label><input id=\"n-value\" name=\"value\" maxlength=\"200\""
                        + " list=\"n-codes\" aria-describedby=\"n-value-help\"><small id=\"n-value-help\">")
                .append(Html.escape(PublicPages.t(r, "Để trống nếu theo dõi tất cả tin.", "Leave empty to follow everything.")))
                .append("</small></p>");
        b.append("<fieldset><legend>").append(Html.escape(PublicPages.t(r, "Cách nhận tin", "How often"))).append("</legend>");
        PublicPages.digestChoices(b, r, "n-digest", "NONE");
        b.append("</fieldset>");
        b.append("<datalist id=\"n-codes\">");
        for (String catalog : List.of("sectors", "admin-units")) {
            try {
                for (CatalogEntry e : context.catalogs().search(catalog, null, null, LocalDate.now(), 0, 200)) {
                    b.append("<option value=\"").append(Html.escape(e.code())).append("\">")
                            .append(Html.escape(e.nameVi())).append("</option>");
                }
            } catch (RuntimeException ignored) {
                // no catalog: the field is typed by hand
            }
        }
        b.append("</datalist>");
        b.append("<div style=\"display:none\" aria-hidden=\"true\"><label for=\"n-website\">Website</label>"
                + "<input id=\"n-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        b.append("<p><button type=\"submit\">").append(Html.escape(PublicPages.t(r, "Đăng ký", "Subscribe")))
                .append("</button></p></form>");
        return PublicPages.page(PublicPages.t(r, "Đăng ký nhận tin", "Subscribe to news"), b.toString());
    }

    private static void radio(StringBuilder b, RenderRequest r, String value, String vi, String en, boolean checked) {
        String id = "n-topic-" + value.toLowerCase(java.util.Locale.ROOT);
        b.append("<p><input type=\"radio\" name=\"topic\" id=\"").append(id).append("\" value=\"").append(value)
                .append("\"").append(checked ? " checked" : "").append("><label for=\"").append(id).append("\">")
                .append(Html.escape(PublicPages.t(r, vi, en))).append("</label></p>");
    }
}
