package vn.portal.plugins.notify.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.plugins.notify.NotifyPlugin;
import vn.portal.plugins.notify.domain.Preference;
import vn.portal.plugins.notify.subscription.Subscriptions;
import vn.portal.plugins.notify.subscription.UserSubscriptions;

/**
 * {@code /tai-khoan/thong-bao}: a signed-in person's notification settings in the site's theme —
 * the channels they accept (e-mail with its address, SMS with a phone number, the portal inbox),
 * what they follow (the whole site, a category, a sector or an area; at once or in a daily or
 * weekly digest), with a button to stop each, and a form to follow more on this site. Plain HTML
 * forms that work without script; each carries the session's form token ({@code _csrf}), which the
 * kernel checks. Never cached: signed-in pages are always rendered afresh.
 */
@Extension
public class PreferencesPage implements PublicRoute {

    private static final Map<String, String[]> ERRORS = Map.of(
            "email", new String[] {"Địa chỉ thư điện tử không đúng.", "The e-mail address is not valid."},
            "phone", new String[] {"Số điện thoại di động không đúng (ví dụ 0912 345 678).",
                "The mobile number is not valid (e.g. 0912 345 678)."},
            "channels", new String[] {"Hãy chọn ít nhất một kênh.", "Choose at least one channel."},
            "topic", new String[] {"Hãy chọn nội dung muốn theo dõi.", "Choose what to follow."},
            "value", new String[] {"Hãy ghi chuyên mục, lĩnh vực hoặc địa bàn.", "Say which category, sector or area."},
            "digest", new String[] {"Cách nhận tin không đúng.", "Choose how often to receive news."},
            "id", new String[] {"Không tìm thấy mục này (có thể đã bỏ theo dõi).", "Not found (perhaps already stopped)."});

    private final PluginContext context;

    public PreferencesPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return Subscriptions.PREFERENCES_PATH;
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        String title = PublicPages.t(r, "Cài đặt thông báo", "Notification settings");
        Optional<PortalUser> user = context.identity().currentUser();
        if (user.isEmpty()) {
            return PublicPages.page(title, "<p>" + Html.escape(PublicPages.t(r, "Hãy đăng nhập để chọn cách nhận thông báo"
                    + " và nội dung theo dõi.", "Sign in to choose how you are notified and what you follow.")) + " <a href=\""
                    + "/admin/login.xhtml\">" + Html.escape(PublicPages.t(r, "Đăng nhập", "Sign in")) + "</a></p>");
        }
        UserSubscriptions us = NotifyPlugin.services(context).userSubscriptions();
        Preference p = us.preference(user.get().id());
        StringBuilder b = new StringBuilder();
        outcome(b, r);
        channels(b, r, p);
        followed(b, r, us.followed(user.get().id()));
        follow(b, r);
        b.append("<p><a href=\"").append(Html.escape(base(r))).append("thong-bao/hop-thu\">")
                .append(Html.escape(PublicPages.t(r, "Xem hộp thư thông báo", "See your notifications"))).append("</a></p>");
        return PublicPages.page(title, b.toString());
    }

    private static void outcome(StringBuilder b, RenderRequest r) {
        if ("1".equals(r.param("da-luu"))) {
            b.append(PublicPages.status(r, true, "Đã lưu.", "Saved."));
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
    }

    private void channels(StringBuilder b, RenderRequest r, Preference p) {
        List<String> on = List.of(p.channels.split(" "));
        b.append("<h2 id=\"p-channels\">").append(Html.escape(PublicPages.t(r, "Kênh nhận thông báo", "How to reach you")))
                .append("</h2>");
        b.append("<form method=\"post\" class=\"public-form\" aria-labelledby=\"p-channels\" action=\"")
                .append(PublicPages.meAction(r, "preferences")).append("\">").append(PublicPages.hidden("lang", r.locale()))
                .append(PublicPages.csrf(context));
        b.append("<fieldset><legend>").append(Html.escape(PublicPages.t(r, "Nhận thông báo qua", "Send me notifications by")))
                .append("</legend>");
        check(b, r, "email", on, "Thư điện tử", "E-mail");
        b.append("<p><label for=\"p-email\">").append(Html.escape(PublicPages.t(r, "Địa chỉ thư điện tử", "E-mail address")))
                .append("</label><input id=\"p-email\" name=\"email\" type=\"email\" maxlength=\"254\" autocomplete=\"email\""
                        + " value=\"").append(Html.escape(p.email == null ? "" : p.email)).append("\"></p>");
        check(b, r, "sms", on, "Tin nhắn SMS", "Text message (SMS)");
        b.append("<p><label for=\"p-phone\">").append(Html.escape(PublicPages.t(r, "Số điện thoại di động", "Mobile number")))
                .append("</label><input id=\"p-phone\" name=\"phone\" type=\"tel\" maxlength=\"20\" autocomplete=\"tel\""
                        + " value=\"").append(Html.escape(p.phone == null ? "" : p.phone)).append("\"></p>");
        check(b, r, "inbox", on, "Hộp thư trên cổng (số thông báo chưa đọc hiện ở đầu trang)",
                "The portal inbox (the unread count shows at the top of every page)");
        b.append("</fieldset><p><button type=\"submit\">").append(Html.escape(PublicPages.t(r, "Lưu", "Save")))
                .append("</button></p></form>");
    }

    private static void check(StringBuilder b, RenderRequest r, String channel, List<String> on, String vi, String en) {
        b.append("<p><input type=\"checkbox\" name=\"channel\" id=\"p-ch-").append(channel).append("\" value=\"")
                .append(channel).append("\"").append(on.contains(channel) ? " checked" : "").append("><label for=\"p-ch-")
                .append(channel).append("\">").append(Html.escape(PublicPages.t(r, vi, en))).append("</label></p>");
    }

    private void followed(StringBuilder b, RenderRequest r, List<UserSubscriptions.Followed> list) {
        b.append("<h2>").append(Html.escape(PublicPages.t(r, "Đang theo dõi", "You follow"))).append("</h2>");
        if (list.isEmpty()) {
            b.append("<p>").append(Html.escape(PublicPages.t(r, "Chưa theo dõi nội dung nào.", "Nothing yet."))).append("</p>");
            return;
        }
        b.append("<table class=\"notify-followed\"><thead><tr><th scope=\"col\">")
                .append(Html.escape(PublicPages.t(r, "Trang", "Site"))).append("</th><th scope=\"col\">")
                .append(Html.escape(PublicPages.t(r, "Nội dung", "What"))).append("</th><th scope=\"col\">")
                .append(Html.escape(PublicPages.t(r, "Cách nhận", "How often"))).append("</th><th scope=\"col\">")
                .append(Html.escape(PublicPages.t(r, "Kênh", "Channels"))).append("</th><th scope=\"col\"><span class=\"visually-hidden\">")
                .append(Html.escape(PublicPages.t(r, "Thao tác", "Actions"))).append("</span></th></tr></thead><tbody>");
        for (UserSubscriptions.Followed f : list) {
            String site = context.sites().find(f.siteKey()).map(s -> name(s, r)).orElse(f.siteKey());
            String label = NotifyPlugin.services(context).subscriptions().topicLabel(f.topic(), f.value(), r.locale());
            b.append("<tr><td>").append(Html.escape(site)).append("</td><td>").append(Html.escape(label))
                    .append("</td><td>").append(Html.escape(digest(r, f.digest()))).append("</td><td>")
                    .append(Html.escape(String.join(", ", f.channels().stream().map(c -> channel(r, c)).toList())))
                    .append("</td><td><form method=\"post\" action=\"").append(PublicPages.meAction(r, "subscriptions/remove"))
                    .append("\">").append(PublicPages.hidden("id", f.id())).append(PublicPages.hidden("lang", r.locale()))
                    .append(PublicPages.csrf(context)).append("<button type=\"submit\" aria-label=\"")
                    .append(Html.escape(PublicPages.t(r, "Bỏ theo dõi: ", "Stop following: ") + label + " — " + site))
                    .append("\">").append(Html.escape(PublicPages.t(r, "Bỏ theo dõi", "Stop"))).append("</button></form></td></tr>");
        }
        b.append("</tbody></table>");
    }

    private void follow(StringBuilder b, RenderRequest r) {
        b.append("<h2 id=\"p-follow\">").append(Html.escape(PublicPages.t(r, "Theo dõi thêm trên trang này",
                "Follow more on this site"))).append("</h2>");
        b.append("<form method=\"post\" class=\"public-form\" aria-labelledby=\"p-follow\" action=\"")
                .append(PublicPages.meAction(r, "subscriptions")).append("\">").append(PublicPages.hidden("lang", r.locale()))
                .append(PublicPages.csrf(context));
        b.append("<fieldset><legend>").append(Html.escape(PublicPages.t(r, "Theo dõi", "Follow"))).append("</legend>");
        String[][] topics = {{"SITE", "Tất cả tin của trang", "Everything on this site"},
            {"CATEGORY", "Một chuyên mục", "A category"}, {"SECTOR", "Một lĩnh vực", "A sector"},
            {"UNIT", "Một địa bàn (xã, phường)", "An area (commune)"}};
        for (String[] t : topics) {
            String id = "p-topic-" + t[0].toLowerCase(java.util.Locale.ROOT);
            b.append("<p><input type=\"radio\" name=\"topic\" id=\"").append(id).append("\" value=\"").append(t[0])
                    .append("\"").append("SITE".equals(t[0]) ? " checked" : "").append("><label for=\"").append(id)
                    .append("\">").append(Html.escape(PublicPages.t(r, t[1], t[2]))).append("</label></p>");
        }
        b.append("</fieldset><p><label for=\"p-value\">").append(Html.escape(PublicPages.t(r,
                "Chuyên mục, lĩnh vực hoặc địa bàn", "Category, sector or area"))).append("</label><input id=\"p-value\""
                        + " name=\"value\" maxlength=\"200\" list=\"p-codes\" aria-describedby=\"p-value-help\"><small"
                        + " id=\"p-value-help\">").append(Html.escape(PublicPages.t(r, "Để trống nếu theo dõi tất cả tin;"
                                + " chuyên mục ghi tên viết liền (ví dụ cai-cach-hanh-chinh).", "Leave empty to follow"
                                + " everything; a category by its address name (e.g. cai-cach-hanh-chinh).")))
                .append("</small></p><datalist id=\"p-codes\">");
        for (String catalog : List.of("sectors", "admin-units")) {
            try {
                for (CatalogEntry e : context.catalogs().search(catalog, null, null, LocalDate.now(), 0, 200)) {
                    b.append("<option value=\"").append(Html.escape(e.code())).append("\">").append(Html.escape(e.nameVi()))
                            .append("</option>");
                }
            } catch (RuntimeException ignored) {
                // no catalog: the field is typed by hand
            }
        }
        b.append("</datalist><fieldset><legend>").append(Html.escape(PublicPages.t(r, "Cách nhận tin", "How often")))
                .append("</legend>");
        PublicPages.digestChoices(b, r, "p-digest", "NONE");
        b.append("</fieldset><p><button type=\"submit\">").append(Html.escape(PublicPages.t(r, "Theo dõi", "Follow")))
                .append("</button></p></form>");
    }

    private static String digest(RenderRequest r, String digest) {
        return switch (digest == null ? "NONE" : digest) {
            case "DAILY" -> PublicPages.t(r, "Bản tin mỗi ngày", "Daily digest");
            case "WEEKLY" -> PublicPages.t(r, "Bản tin mỗi tuần", "Weekly digest");
            default -> PublicPages.t(r, "Ngay khi có tin", "At once");
        };
    }

    private static String channel(RenderRequest r, String c) {
        return switch (c) {
            case "email" -> PublicPages.t(r, "thư điện tử", "e-mail");
            case "sms" -> "SMS";
            case "inbox" -> PublicPages.t(r, "hộp thư trên cổng", "portal inbox");
            default -> c;
        };
    }

    private static String name(Site s, RenderRequest r) {
        return "en".equals(r.locale()) && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.nameVi();
    }

    private String base(RenderRequest r) {
        return context.sites().url(r.site().key()) + ("en".equals(r.locale()) ? "en/" : "");
    }
}
