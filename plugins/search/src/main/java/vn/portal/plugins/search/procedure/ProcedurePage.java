package vn.portal.plugins.search.procedure;

import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * A procedure of the catalog as a page, {@code /thu-tuc-hanh-chinh/<code>}: where a search hit
 * for a procedure leads. What the catalog holds — name, code, sector, agency, level of online
 * service, time limit, fee, forms — and a link to the national portal to apply.
 */
@Extension
public class ProcedurePage implements PublicRoute {

    static final String PATH = "thu-tuc-hanh-chinh";

    private final Procedures procedures;

    public ProcedurePage(PluginContext context) {
        this.procedures = new Procedures(context);
    }

    @Override
    public String pattern() {
        return "/" + PATH + "/{code}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest request) {
        String locale = request.locale();
        boolean en = "en".equals(locale);
        return procedures.find(request.pathParams().get("code")).map(e -> {
            String title = en && e.nameEn() != null && !e.nameEn().isBlank() ? e.nameEn() : e.nameVi();
            StringBuilder b = new StringBuilder("<dl class=\"procedure\">");
            row(b, en ? "Procedure code" : "Mã thủ tục", e.code());
            row(b, en ? "Sector" : "Lĩnh vực", procedures.name("sectors", e.attributes().get("sector"), locale));
            row(b, en ? "Handled by" : "Cơ quan thực hiện", procedures.name("agencies", e.attributes().get("agency"),
                    locale));
            row(b, en ? "Online service" : "Mức độ dịch vụ công trực tuyến", online(e, en));
            row(b, en ? "Time limit" : "Thời hạn giải quyết", e.attributes().get("timeLimitDays") == null ? null
                    : e.attributes().get("timeLimitDays") + (en ? " working day(s)" : " ngày làm việc"));
            row(b, en ? "Fee" : "Phí, lệ phí", e.attributes().get("fee"));
            row(b, en ? "Forms" : "Mẫu đơn, tờ khai", e.attributes().get("forms"));
            b.append("</dl><p><a href=\"https://dichvucong.gov.vn\">").append(en
                    ? "Apply on the National Public Service Portal" : "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia")
                    .append("</a></p>");
            return new PageContent(200, title, b.toString(), Set.of("search:procedure:" + e.code()),
                    java.util.Map.of());
        });
    }

    private static String online(CatalogEntry e, boolean en) {
        String v = e.attributes().get("online");
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "full" -> en ? "Fully online" : "Toàn trình";
            case "partial" -> en ? "Partly online" : "Một phần";
            case "none" -> en ? "Not online" : "Không trực tuyến";
            default -> v;
        };
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
        }
    }
}
