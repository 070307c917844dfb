package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.util.List;

/**
 * The statistics as an inline SVG bar chart: one bar per procedure, on time / late / pending
 * stacked, the count at the end. The chart is a picture with a title and description for screen
 * readers; the data table beside it holds every number, so nothing is only in the picture.
 */
final class StatsChart {

    static final String ON_TIME = "#15803d";
    static final String LATE = "#b91c1c";
    static final String PENDING = "#9ca3af";
    private static final int LABEL = 260;
    private static final int BAR = 420;
    private static final int ROW = 30;

    private StatsChart() {
    }

    static String svg(Statistics.Report r, String locale) {
        Texts t = Texts.of("eform.stats", locale);
        List<Statistics.Row> rows = r.procedures();
        long max = Math.max(1, rows.stream().mapToLong(Statistics.Row::received).max().orElse(1));
        int height = 40 + ROW * Math.max(1, rows.size());
        int width = LABEL + BAR + 60;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ef-chart\" role=\"img\" ")
                .append("aria-labelledby=\"ef-chart-title ef-chart-desc\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(width).append("px\">")
                .append("<title id=\"ef-chart-title\">").append(escape(t.get("chart.title", r.from(), r.to())))
                .append("</title><desc id=\"ef-chart-desc\">").append(escape(t.get("chart.desc", r.total().received(),
                        r.total().onTime(), r.total().late(), r.total().pending()))).append("</desc>");
        legend(b, t);
        int y = 40;
        for (Statistics.Row p : rows) {
            String name = p.procedureName().length() > 42 ? p.procedureName().substring(0, 41) + "…" : p.procedureName();
            b.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#111827\">").append(escape(name))
                    .append("</text>");
            int x = LABEL;
            x = bar(b, x, y, p.onTime(), max, ON_TIME);
            x = bar(b, x, y, p.late(), max, LATE);
            x = bar(b, x, y, p.pending(), max, PENDING);
            b.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" fill=\"#111827\">").append(p.received()).append("</text>");
            y += ROW;
        }
        if (rows.isEmpty()) {
            b.append("<text x=\"0\" y=\"55\" font-size=\"13\" fill=\"#374151\">").append(escape(t.get("none")))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static int bar(StringBuilder b, int x, int y, long value, long max, String colour) {
        int w = (int) Math.round(BAR * (double) value / max);
        if (w > 0) {
            b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"20\" fill=\"").append(colour).append("\"/>");
        }
        return x + w;
    }

    private static void legend(StringBuilder b, Texts t) {
        int x = LABEL;
        String[][] items = {{ON_TIME, t.get("col.onTime")}, {LATE, t.get("col.late")}, {PENDING, t.get("col.pending")}};
        for (String[] item : items) {
            b.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"").append(item[0])
                    .append("\"/><text x=\"").append(x + 20).append("\" y=\"18\" font-size=\"12\" fill=\"#111827\">")
                    .append(escape(item[1])).append("</text>");
            x += 130;
        }
    }
}
