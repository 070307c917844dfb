package vn.portal.plugins.eform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** A statistics report as JSON (the REST API) and as CSV for spreadsheets (UTF-8 with BOM, CRLF). */
final class StatsFormats {

    /** Excel opens a CSV as UTF-8 only when it starts with the byte order mark. */
    static final String BOM = "\uFEFF";

    private StatsFormats() {
    }

    static String json(Statistics.Report r) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        r.procedures().forEach(p -> rows.add(row(p)));
        return Json.createObjectBuilder().add("site", r.site()).add("from", r.from()).add("to", r.to())
                .add("procedures", rows).add("total", row(r.total())).build().toString();
    }

    private static JsonObjectBuilder row(Statistics.Row p) {
        return Json.createObjectBuilder().add("procedureCode", p.procedureCode()).add("procedureName", p.procedureName())
                .add("received", p.received()).add("onTime", p.onTime()).add("late", p.late()).add("pending", p.pending())
                .add("online", p.online()).add("onlineSharePercent", p.onlineShare())
                .add("ratings", Json.createObjectBuilder().add("VERY_SATISFIED", p.verySatisfied())
                        .add("SATISFIED", p.satisfied()).add("DISSATISFIED", p.dissatisfied()));
    }

    static String csv(Statistics.Report r, String locale) {
        Texts t = Texts.of("eform.stats", locale);
        StringBuilder b = new StringBuilder(BOM);
        line(b, List.of(t.get("col.code"), t.get("col.procedure"), t.get("col.received"), t.get("col.onTime"),
                t.get("col.late"), t.get("col.pending"), t.get("col.online"), t.get("col.onlineShare"),
                Rating.VERY_SATISFIED.label(locale), Rating.SATISFIED.label(locale), Rating.DISSATISFIED.label(locale)));
        for (Statistics.Row p : r.procedures()) {
            line(b, cells(p));
        }
        line(b, cells(r.total()));
        return b.toString();
    }

    private static List<String> cells(Statistics.Row p) {
        return List.of(p.procedureCode(), p.procedureName(), Long.toString(p.received()), Long.toString(p.onTime()),
                Long.toString(p.late()), Long.toString(p.pending()), Long.toString(p.online()),
                Double.toString(p.onlineShare()), Long.toString(p.verySatisfied()), Long.toString(p.satisfied()),
                Long.toString(p.dissatisfied()));
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+(\\.\\d+)?")) {
                c = "'" + c; // a text starting like a formula is not run by the spreadsheet
            }
            b.append(c.matches("[^,\"\\r\\n]*") ? c : "\"" + c.replace("\"", "\"\"") + "\"");
        }
        b.append("\r\n");
    }
}
