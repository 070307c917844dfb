package vn.portal.plugins.eform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;

/**
 * Per-service statistics of a site over a period (REQUIREMENTS-VN §6), from the dossiers
 * received in that period (Vietnam days, both ends included):
 * <ul>
 * <li><b>received</b>: dossiers received;</li>
 * <li><b>on time</b>: decided (approved or refused) by their due time; <b>late</b>: decided after it,
 * or still undecided when it has passed; <b>pending</b>: undecided and not yet due;</li>
 * <li><b>online</b>: sent by the applicant through the portal (web form or API), as opposed to entered
 * by the receiving site's staff at the desk; the <b>online share</b> is online ÷ received. Dossiers
 * handled wholly outside the portal are not known to it and are not counted;</li>
 * <li>the three satisfaction levels given after the result was returned.</li>
 * </ul>
 * One grouped query per report: the counting happens in the database.
 */
final class Statistics {

    /** The longest period one report may cover. */
    static final int MAX_DAYS = 3700;

    /** One procedure's figures (or the total). */
    public record Row(String procedureCode, String procedureName, long received, long online, long onTime, long late,
            long pending, long verySatisfied, long satisfied, long dissatisfied) {

        /** Online share in per cent, one decimal; 0 without dossiers. */
        public double onlineShare() {
            return received == 0 ? 0 : Math.round(online * 1000.0 / received) / 10.0;
        }

        public long rated() {
            return verySatisfied + satisfied + dissatisfied;
        }
    }

    /** A site's report. */
    public record Report(String site, String from, String to, List<Row> procedures, Row total) {
    }

    private final PluginContext context;

    Statistics(PluginContext context) {
        this.context = context;
    }

    /** A day from a query parameter, or the default; a bad one is a 400 naming the parameter. */
    static LocalDate day(String value, LocalDate otherwise, String name) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("'" + name + "' is a day as yyyy-mm-dd", Map.of(name, "yyyy-mm-dd"));
        }
    }

    /** Checks the period: from ≤ to, at most {@link #MAX_DAYS} days. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiProblem.badRequest("'from' is after 'to'", Map.of("from", "after 'to'"));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ApiProblem.badRequest("The period is longer than " + MAX_DAYS + " days", Map.of("to", "too far from 'from'"));
        }
    }

    Report report(String siteKey, LocalDate from, LocalDate to, String locale) {
        checkPeriod(from, to);
        Timestamp start = Timestamp.from(from.atStartOfDay(WorkingDays.VIETNAM).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(WorkingDays.VIETNAM).toInstant());
        Timestamp now = Timestamp.from(java.time.Instant.now());
        // native SQL with the constants written out: EclipseLink binds JPQL literals as parameters, and H2
        // cannot type "CASE WHEN … THEN ? ELSE ? END" inside SUM
        @SuppressWarnings("unchecked")
        List<Object[]> grouped = context.transactions().required(() -> context.persistence().entityManager()
                .createNativeQuery("SELECT procedure_code, COUNT(*), "
                        + "SUM(CASE WHEN online = TRUE THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN result_at IS NOT NULL AND result_at <= due_at THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN result_at IS NOT NULL AND result_at > due_at THEN 1 "
                        + "WHEN result_at IS NULL AND due_at < ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN rating = 'VERY_SATISFIED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN rating = 'SATISFIED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN rating = 'DISSATISFIED' THEN 1 ELSE 0 END) "
                        + "FROM eform_dossier WHERE site_key = ? AND received_at >= ? AND received_at < ? "
                        + "GROUP BY procedure_code")
                .setParameter(1, now).setParameter(2, siteKey).setParameter(3, start).setParameter(4, end)
                .getResultList());
        boolean en = "en".equals(locale);
        List<Row> rows = new ArrayList<>();
        for (Object[] g : grouped) {
            String code = (String) g[0];
            String name = context.catalogs().find("procedures", code, EformPlugin.today())
                    .map(e -> CatalogPrefill.name(e, en)).orElse(code);
            long received = n(g[1]);
            long onTime = n(g[3]);
            long late = n(g[4]);
            rows.add(new Row(code, name, received, n(g[2]), onTime, late, received - onTime - late, n(g[5]), n(g[6]),
                    n(g[7])));
        }
        rows.sort(Comparator.comparing(Row::received).reversed().thenComparing(Row::procedureCode));
        Row total = new Row("", en ? "All procedures" : "Tất cả thủ tục", sum(rows, Row::received), sum(rows, Row::online),
                sum(rows, Row::onTime), sum(rows, Row::late), sum(rows, Row::pending), sum(rows, Row::verySatisfied),
                sum(rows, Row::satisfied), sum(rows, Row::dissatisfied));
        return new Report(siteKey, from.toString(), to.toString(), List.copyOf(rows), total);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static long sum(List<Row> rows, java.util.function.ToLongFunction<Row> f) {
        return rows.stream().mapToLong(f).sum();
    }
}
