package vn.portal.kernel.core.web;

import vn.portal.kernel.api.web.Html;
import java.util.List;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.core.site.SiteSnapshot;

/**
 * The pages every site has before any plugin adds more: introduction (who runs
 * the site and how to reach them), online services, and the site map. Content
 * plugins replace the first two by declaring routes on the same paths.
 */
final class BuiltInPages {

    private BuiltInPages() {
    }

    static String introduction(Site site, SiteSnapshot snapshot, String lang) {
        boolean en = "en".equals(lang);
        StringBuilder b = new StringBuilder("<dl class=\"contact\">");
        row(b, en ? "Agency" : "Cơ quan", site.setting(en ? "agencyNameEn" : "agencyNameVi"));
        row(b, en ? "Level" : "Cấp", PageModel.kindLabel(site.kind(), lang));
        row(b, en ? "Electronic agency code" : "Mã định danh điện tử", site.agencyCode());
        row(b, en ? "Address" : "Địa chỉ", site.setting("address"));
        row(b, en ? "Phone" : "Điện thoại", site.setting("phone"));
        row(b, en ? "Email" : "Thư điện tử", site.setting("email"));
        b.append("</dl>");
        if (site.parentKey() != null && snapshot.byKey().containsKey(site.parentKey())) {
            Site parent = snapshot.byKey().get(site.parentKey());
            b.append("<p>").append(en ? "Part of " : "Trực thuộc ").append("<a href=\"")
                    .append(Html.escape(snapshot.url(parent.key()))).append("\">")
                    .append(Html.escape(parent.name(lang))).append("</a></p>");
        }
        return b.toString();
    }

    static String services(Site site, String lang) {
        boolean en = "en".equals(lang);
        return "<p>" + (en
                ? "Online public services of this agency will be listed here. Until then, use the National Public Service Portal."
                : "Danh sách dịch vụ công trực tuyến của cơ quan sẽ được hiển thị tại đây. Trong thời gian này, vui lòng sử dụng Cổng Dịch vụ công quốc gia.")
                + "</p><p><a href=\"https://dichvucong.gov.vn\">" + (en ? "National Public Service Portal" : "Cổng Dịch vụ công quốc gia")
                + "</a></p>";
    }

    /** The tree of this site and every active site below it. */
    static String siteMap(Site site, SiteSnapshot snapshot, String lang) {
        StringBuilder b = new StringBuilder("<ul class=\"sitemap\">");
        tree(b, site, snapshot, lang, 0);
        return b.append("</ul>").toString();
    }

    private static void tree(StringBuilder b, Site s, SiteSnapshot snapshot, String lang, int depth) {
        b.append("<li><a href=\"").append(Html.escape(snapshot.url(s.key()))).append("\">")
                .append(Html.escape(s.name(lang))).append("</a>");
        List<Site> children = snapshot.children(s.key()).stream().filter(c -> c.status() == SiteStatus.ACTIVE).toList();
        if (!children.isEmpty() && depth < 20) {
            b.append("<ul>");
            children.forEach(c -> tree(b, c, snapshot, lang, depth + 1));
            b.append("</ul>");
        }
        b.append("</li>");
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }
}
