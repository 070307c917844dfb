package vn.portal.plugins.eform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.schema.Answers;

/**
 * The state behind the inbox ({@link InboxAdminPage#newModel()}): the site, the filters, the
 * dossier opened and the move being made. Every action checks {@code eform:process:<site>} again.
 */
public class InboxModel {

    private final PluginContext context;
    private final EformPlugin.Services services;
    private String siteKey;
    private String status = "";
    private String procedure = "";
    private boolean overdueOnly;
    private String query = "";
    private String selected;
    private String nextStatus;
    private String handler;
    private String comment;

    InboxModel(PluginContext context) {
        this.context = context;
        this.services = EformPlugin.services(context);
        this.siteKey = getSites().stream().findFirst().map(Choice::getValue).orElse(null);
        this.handler = context.identity().currentUser().map(PortalUser::displayName).orElse(null);
    }

    private boolean permitted() {
        return siteKey != null && context.identity().isPermitted(EformPermissions.PROCESS + ":" + siteKey);
    }

    private Site site() {
        return context.sites().find(siteKey).orElseThrow();
    }

    public List<Choice> getSites() {
        return context.sites().all().stream().filter(s -> context.identity().isPermitted(EformPermissions.PROCESS + ":"
                + s.key())).map(s -> new Choice(s.key(), s.name(lang()))).toList();
    }

    public List<Choice> getStatuses() {
        return java.util.Arrays.stream(Status.values()).map(s -> new Choice(s.name(), s.label(lang()))).toList();
    }

    public List<Choice> getProcedures() {
        if (!permitted()) {
            return List.of();
        }
        return services.forms().all(siteKey).stream().map(f -> new Choice(f.procedureCode, "en".equals(lang())
                && f.titleEn != null ? f.titleEn : f.titleVi)).toList();
    }

    public List<InboxRow> getRows() {
        if (!permitted()) {
            return List.of();
        }
        Instant now = Instant.now();
        return services.dossiers().list(siteKey, new Dossiers.Filter(blank(status) ? null : status,
                blank(procedure) ? null : procedure, overdueOnly ? Boolean.TRUE : null, blank(query) ? null : query.strip(),
                0, 200)).stream().map(d -> new InboxRow(d.receiptCode, procedureName(d.procedureCode), d.applicantName,
                        DossierPages.when(d.receivedAt), DossierPages.when(d.dueAt), d.status,
                        Status.valueOf(d.status).label(lang()), Dossiers.overdue(d, now), d.complete)).toList();
    }

    public void open(String code) {
        selected = code;
        nextStatus = null;
        comment = null;
    }

    public void close() {
        selected = null;
    }

    private Dossier dossier() {
        return selected == null || !permitted() ? null : services.dossiers().byCode(siteKey, selected).orElse(null);
    }

    public boolean isOpen() {
        return dossier() != null;
    }

    public String getSummary() {
        Dossier d = dossier();
        if (d == null) {
            return "";
        }
        return d.receiptCode + " · " + procedureName(d.procedureCode) + " · " + d.applicantName;
    }

    public String getStatusLabel() {
        Dossier d = dossier();
        return d == null ? "" : Status.valueOf(d.status).label(lang()) + (Dossiers.overdue(d, Instant.now())
                ? " · " + t("overdue") : "") + (d.complete ? "" : " · " + t("incomplete"));
    }

    public String getDates() {
        Dossier d = dossier();
        return d == null ? "" : t("received") + " " + DossierPages.when(d.receivedAt) + " · " + t("due") + " "
                + DossierPages.when(d.dueAt) + (d.handler == null ? "" : " · " + t("handler") + " " + d.handler);
    }

    /** The answers as the applicant gave them, rendered like the print view (escaped HTML). */
    public String getAnswersHtml() {
        Dossier d = dossier();
        if (d == null) {
            return "";
        }
        LoadedForm form = services.forms().version(d.formId, d.formVersion).orElseThrow();
        return "<p>" + t("version") + " " + d.formVersion + "</p>" + AnswersHtml.render(form.definition(),
                Answers.fromJson(d.answers), services.dossiers().attachments(d.id), context.catalogs(), lang());
    }

    public List<Choice> getFiles() {
        Dossier d = dossier();
        if (d == null) {
            return List.of();
        }
        return services.dossiers().attachments(d.id).stream().map(a -> new Choice("/api/v1/eform/dossiers/"
                + Links.q(d.receiptCode) + "/attachments/" + a.id + "?site=" + Links.q(siteKey), a.fileName + " ("
                + Uploads.shortName(a.contentType) + ", " + AnswersHtml.kb(a.sizeBytes) + ")"
                + ("SUPPLEMENT".equals(a.stage) ? " — " + t("supplement") : ""))).toList();
    }

    public List<Choice> getHistory() {
        Dossier d = dossier();
        if (d == null) {
            return List.of();
        }
        return services.dossiers().history(d.id).stream().map(h -> new Choice(DossierPages.when(h.at) + " · "
                + Status.valueOf(h.toStatus).label(lang()) + " · " + h.actor, h.comment == null ? "" : h.comment)).toList();
    }

    public List<Choice> getMoves() {
        Dossier d = dossier();
        if (d == null) {
            return List.of();
        }
        return Status.valueOf(d.status).next().stream().map(s -> new Choice(s.name(), s.label(lang()))).toList();
    }

    public void move() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!permitted() || selected == null) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, EformPermissions.PROCESS + ":" + siteKey, null));
            return;
        }
        try {
            PortalUser user = context.identity().currentUser().orElseThrow();
            services.dossiers().move(site(), selected, Status.parse(nextStatus), comment, handler, user.username());
            fc.addMessage(null, new FacesMessage(t("moved")));
            nextStatus = null;
            comment = null;
        } catch (ApiProblem e) {
            fc.validationFailed();
            String detail = e.fieldErrors().containsKey("comment") ? t("commentRequired") : e.getMessage();
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, null));
        }
    }

    public void changeSite() {
        selected = null;
        procedure = "";
    }

    private String procedureName(String code) {
        return context.catalogs().find("procedures", code, EformPlugin.today())
                .map(e -> CatalogPrefill.name(e, "en".equals(lang()))).orElse(code);
    }

    /** The admin shell's language. */
    String lang() {
        return AdminWords.lang();
    }

    String t(String key) {
        return Texts.of(lang()).get("inbox." + key);
    }

    /** The page's words: {@code #{model.t['inbox.title']}}. */
    public Map<String, String> getT() {
        return AdminWords.map(key -> Texts.of(lang()).get("inbox." + key));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(String nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getSelected() {
        return selected;
    }
}
