package vn.portal.plugins.notify.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.plugins.notify.domain.InboxMessage;

/**
 * {@code /thong-bao/hop-thu}: the signed-in person's portal inbox, newest first; what it shows
 * counts as read. Signed-in pages are never served from the page cache, so nobody sees another's.
 */
@Extension
public class InboxPage implements PublicRoute {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PluginContext context;

    public InboxPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/thong-bao/hop-thu";
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        String title = PublicPages.t(r, "Hộp thư thông báo", "Notifications");
        Optional<PortalUser> user = context.identity().currentUser();
        if (user.isEmpty()) {
            return PublicPages.page(title, "<p>" + Html.escape(PublicPages.t(r, "Hãy đăng nhập để xem thông báo của Ông/Bà.",
                    "Sign in to see your notifications.")) + " <a href=\"/admin/login.xhtml\">"
                    + Html.escape(PublicPages.t(r, "Đăng nhập", "Sign in")) + "</a></p>");
        }
        Inbox inbox = new Inbox(context);
        List<InboxMessage> messages = inbox.messages(user.get().id(), 100);
        StringBuilder b = new StringBuilder();
        if (messages.isEmpty()) {
            b.append("<p>").append(Html.escape(PublicPages.t(r, "Chưa có thông báo nào.", "No notifications yet."))).append("</p>");
        }
        b.append("<ol class=\"notify-inbox\">");
        for (InboxMessage m : messages) {
            b.append("<li class=\"").append(m.readAt == null ? "unread" : "read").append("\"><h2>")
                    .append(m.readAt == null ? "<span class=\"badge\">" + Html.escape(PublicPages.t(r, "Mới", "New"))
                            + "</span> " : "")
                    .append(m.link == null ? Html.escape(m.subject) : "<a href=\"" + Html.escape(m.link) + "\">"
                            + Html.escape(m.subject) + "</a>")
                    .append("</h2><p><time datetime=\"").append(m.createdAt.toInstant()).append("\">")
                    .append(SHOWN.format(m.createdAt.toInstant())).append("</time></p><p>")
                    .append(Html.escape(m.body).replace("\n", "<br>")).append("</p></li>");
        }
        b.append("</ol>");
        messages.stream().filter(m -> m.readAt == null).forEach(m -> inbox.markRead(user.get().id(), m.id));
        return PublicPages.page(title, b.toString());
    }
}
