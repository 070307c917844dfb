package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.api.web.PageContent;

/** RSS 2.0 and Atom 1.0 feeds of a site's latest published items, all or of one type. */
final class Feeds {

    static final String RSS = "rss.xml";
    static final String ATOM = "atom.xml";
    static final int SIZE = 20;

    private Feeds() {
    }

    static boolean isFeed(String name) {
        return RSS.equals(name) || ATOM.equals(name);
    }

    static PageContent render(ContentService service, Site site, String locale, ContentType type, String name) {
        List<String> types = type == null ? List.of("article", "announcement", "legal-document", "event", "draft-document")
                : List.of(type.name());
        return render(service, site, locale, null, name, service.reads().latest(site.key(), locale, types, 0, SIZE),
                site.name(locale) + (type == null ? "" : " – " + type.label(locale)), type == null ? "" : type.path() + "/");
    }

    /** A feed of these items; {@code selfPath} is the feed's folder below the site's home ("" or "tin-tuc/"). */
    static PageContent render(ContentService service, Site site, String locale, ContentType unused, String name,
            List<PublishedItem> items, String title, String selfPath) {
        String home = service.siteUrl(site.key(), locale);
        String self = home + selfPath + name;
        String body = RSS.equals(name) ? rss(service, title, home, self, locale, items)
                : atom(service, title, home, self, items);
        return PageContent.raw(RSS.equals(name) ? "application/rss+xml; charset=UTF-8" : "application/atom+xml; charset=UTF-8",
                body, Set.of(PageCache.general(site.key())));
    }

    private static String rss(ContentService service, String title, String home, String self, String locale,
            List<PublishedItem> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>");
        b.append("<title>").append(Html.escape(title)).append("</title><link>").append(Html.escape(home)).append("</link>")
                .append("<description>").append(Html.escape(title)).append("</description><language>").append(locale)
                .append("</language><atom:link href=\"").append(Html.escape(self))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>");
        for (PublishedItem p : items) {
            String url = service.url(p.siteKey, p.locale, p.type, p.slug);
            b.append("<item><title>").append(Html.escape(p.title)).append("</title><link>").append(Html.escape(url))
                    .append("</link><guid isPermaLink=\"true\">").append(Html.escape(url)).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(p.publishedAt.toInstant().atOffset(ZoneOffset.UTC)))
                    .append("</pubDate>");
            if (p.summary != null) {
                b.append("<description>").append(Html.escape(p.summary)).append("</description>");
            }
            b.append("</item>");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String atom(ContentService service, String title, String home, String self, List<PublishedItem> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">");
        String updated = items.isEmpty() ? "1970-01-01T00:00:00Z" : items.get(0).updatedAt.toInstant().toString();
        b.append("<title>").append(Html.escape(title)).append("</title><id>").append(Html.escape(self)).append("</id>")
                .append("<link rel=\"self\" href=\"").append(Html.escape(self)).append("\"/><link href=\"")
                .append(Html.escape(home)).append("\"/><updated>").append(updated).append("</updated>");
        for (PublishedItem p : items) {
            String url = service.url(p.siteKey, p.locale, p.type, p.slug);
            b.append("<entry><title>").append(Html.escape(p.title)).append("</title><id>").append(Html.escape(url))
                    .append("</id><link href=\"").append(Html.escape(url)).append("\"/><published>")
                    .append(p.publishedAt.toInstant()).append("</published><updated>").append(p.updatedAt.toInstant())
                    .append("</updated><author><name>").append(Html.escape(p.author)).append("</name></author>");
            if (p.summary != null) {
                b.append("<summary>").append(Html.escape(p.summary)).append("</summary>");
            }
            b.append("</entry>");
        }
        return b.append("</feed>\n").toString();
    }
}
