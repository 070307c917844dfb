package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The legal documents search of REQUIREMENTS-VN.md §1: by number/symbol, issuing body, form,
 * year and sector, as a plain GET form (bookmarkable, cacheable, works without script).
 */
final class DocumentSearch {

    /** Query parameter → field, and how it matches. */
    static final Map<String, String[]> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put("so", new String[] {"number", "part"});
        PARAMS.put("loai", new String[] {"form", "exact"});
        PARAMS.put("co-quan", new String[] {"issuer", "exact"});
        PARAMS.put("nam", new String[] {"issueDate", "prefix"});
        PARAMS.put("linh-vuc", new String[] {"sector", "exact"});
    }

    private DocumentSearch() {
    }

    static List<ContentService.FieldFilter> filters(RenderRequest request) {
        List<ContentService.FieldFilter> out = new ArrayList<>();
        PARAMS.forEach((param, field) -> {
            String v = request.param(param);
            if (v != null && !v.isBlank() && v.length() <= 100 && (!"nam".equals(param) || v.matches("\\d{4}"))) {
                out.add(new ContentService.FieldFilter(field[0], v.strip(), field[1]));
            }
        });
        return out;
    }

    /** The query string for another page of the same search. */
    static String query(RenderRequest request, int page) {
        StringBuilder q = new StringBuilder();
        for (String param : PARAMS.keySet()) {
            String v = request.param(param);
            if (v != null && !v.isBlank()) {
                q.append(param).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        }
        return q.append("trang=").append(page).toString();
    }

    static String form(PluginContext context, RenderRequest request) {
        boolean en = "en".equals(request.locale());
        StringBuilder b = new StringBuilder("<form class=\"document-search\" method=\"get\" role=\"search\" aria-label=\"")
                .append(en ? "Search documents" : "Tìm văn bản").append("\">");
        b.append(input("so", en ? "Number / symbol" : "Số, ký hiệu", request.param("so")));
        b.append(select(context, "loai", en ? "Form" : "Loại văn bản", "document-types", request));
        b.append(select(context, "co-quan", en ? "Issuing body" : "Cơ quan ban hành", "agencies", request));
        b.append(input("nam", en ? "Year" : "Năm ban hành", request.param("nam")));
        b.append(select(context, "linh-vuc", en ? "Sector" : "Lĩnh vực", "sectors", request));
        return b.append("<div class=\"field\"><button type=\"submit\">").append(en ? "Search" : "Tìm kiếm")
                .append("</button></div></form>").toString();
    }

    private static String input(String name, String label, String value) {
        return "<div class=\"field\"><label for=\"q-" + name + "\">" + Html.escape(label) + "</label><input id=\"q-" + name
                + "\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\""
                + ("nam".equals(name) ? " inputmode=\"numeric\" maxlength=\"4\"" : "") + "></div>";
    }

    private static String select(PluginContext context, String name, String label, String catalog,
            RenderRequest request) {
        String chosen = request.param(name);
        StringBuilder b = new StringBuilder("<div class=\"field\"><label for=\"q-").append(name).append("\">")
                .append(Html.escape(label))
                .append("</label><select id=\"q-").append(name).append("\" name=\"").append(name)
                .append("\"><option value=\"\">").append("en".equals(request.locale()) ? "All" : "Tất cả").append("</option>");
        for (CatalogEntry e : context.catalogs().search(catalog, null, null, LocalDate.now(), 0, 300)) {
            b.append("<option value=\"").append(Html.escape(e.code())).append('"')
                    .append(e.code().equals(chosen) ? " selected" : "").append('>')
                    .append(Html.escape("en".equals(request.locale()) && e.nameEn() != null ? e.nameEn() : e.nameVi()))
                    .append("</option>");
        }
        return b.append("</select></div>").toString();
    }
}
