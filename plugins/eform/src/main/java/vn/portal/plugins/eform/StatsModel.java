package vn.portal.plugins.eform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;

/**
 * The state behind the statistics page ({@link StatsAdminPage#newModel()}): site and period, the
 * report (table and chart) and the address of its CSV. Checks {@code eform:process:<site>} each time.
 */
public class StatsModel {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PluginContext context;
    private String siteKey;
    private LocalDate from;
    private LocalDate to;
    private Statistics.Report report;

    StatsModel(PluginContext context) {
        this.context = context;
        this.siteKey = getSites().stream().findFirst().map(Choice::getValue).orElse(null);
        this.to = EformPlugin.today();
        this.from = to.withDayOfMonth(1);
        show();
    }

    private boolean permitted() {
        return siteKey != null && context.identity().isPermitted(EformPermissions.PROCESS + ":" + siteKey);
    }

    public List<Choice> getSites() {
        return context.sites().all().stream().filter(s -> context.identity().isPermitted(EformPermissions.PROCESS + ":"
                + s.key())).map(s -> new Choice(s.key(), s.name(lang()))).toList();
    }

    public void show() {
        report = null;
        if (!permitted() || from == null || to == null) {
            return;
        }
        try {
            report = new Statistics(context).report(siteKey, from, to, lang());
        } catch (ApiProblem e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            if (fc != null) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().get("badPeriod"), null));
            }
        }
    }

    public List<StatsRow> getRows() {
        return report == null ? List.of() : report.procedures().stream().map(StatsRow::new).toList();
    }

    public StatsRow getTotal() {
        return report == null ? null : new StatsRow(report.total());
    }

    public String getChart() {
        return report == null ? "" : StatsChart.svg(report, lang());
    }

    public String getPeriod() {
        return report == null ? "" : texts().get("period", DAY.format(from), DAY.format(to));
    }

    /** The same report as a spreadsheet, from the REST API (the admin's session may read it). */
    public String getCsvUrl() {
        return report == null ? null : "/api/v1/eform/stats?site=" + Links.q(siteKey) + "&from=" + from + "&to=" + to
                + "&format=csv&lang=" + lang();
    }

    private Texts texts() {
        return Texts.of("eform.stats", lang());
    }

    public Map<String, String> getT() {
        return texts().asMap();
    }

    private static String lang() {
        return AdminWords.lang();
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
