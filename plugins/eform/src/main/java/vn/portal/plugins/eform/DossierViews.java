package vn.portal.plugins.eform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.api.site.Sites;

/** What the REST API returns about dossiers: records, never entities. */
public final class DossierViews {

    public record Receipt(String receiptCode, String token, String status, String receivedAt, String dueAt, boolean complete,
            List<String> missing, String trackingUrl, boolean duplicate) {
    }

    public record Step(String status, String label, String at, String comment) {
    }

    /** What the applicant sees with code and token. */
    public record Tracking(String receiptCode, String procedureCode, String procedureName, String status, String statusLabel,
            String agencyCode, String agencyName, String handler, String receivedAt, String processingAt,
            String resultAt, String dueAt, boolean overdue, boolean complete, List<Step> history) {
    }

    public record File(String id, String field, String fileName, String contentType, long size, String sha256, String stage,
            String addedAt) {
    }

    /** A row of the staff inbox. */
    public record Row(String receiptCode, String procedureCode, String status, String applicantName, String receivedAt,
            String dueAt, boolean overdue, boolean complete, String handler) {
    }

    /** Everything staff see. */
    public record Full(String id, String receiptCode, String formId, int formVersion, String procedureCode, String status,
            String agencyCode, String handler, String applicantName, String applicantEmail, String applicantPhone,
            String userId, String locale, String answers, boolean complete, List<String> missing, String receivedAt,
            String processingAt, String resultAt, String dueAt, boolean overdue, List<String> next, List<File> files,
            List<Step> history) {
    }

    private DossierViews() {
    }

    static Receipt receipt(Dossiers.Submitted s, Sites sites) {
        Dossier d = s.dossier();
        return new Receipt(d.receiptCode, s.lookupToken(), d.status, DossierEvents.time(d.receivedAt),
                DossierEvents.time(d.dueAt), d.complete, missing(d), DossierEvents.trackingUrl(sites, d.siteKey,
                        d.receiptCode), s.duplicate());
    }

    static Tracking tracking(Dossier d, List<HistoryEntry> history, Catalogs catalogs, String locale) {
        LocalDate today = EformPlugin.today();
        boolean en = "en".equals(locale);
        return new Tracking(d.receiptCode, d.procedureCode, catalogs.find("procedures", d.procedureCode, today)
                .map(e -> CatalogPrefill.name(e, en)).orElse(d.procedureCode), d.status,
                Status.valueOf(d.status).label(locale), d.agencyCode, catalogs.find("agencies", d.agencyCode, today)
                        .map(e -> CatalogPrefill.name(e, en)).orElse(d.agencyCode), d.handler,
                DossierEvents.time(d.receivedAt), DossierEvents.time(d.processingAt), DossierEvents.time(d.resultAt),
                DossierEvents.time(d.dueAt), Dossiers.overdue(d, Instant.now()), d.complete, steps(history, locale));
    }

    static List<Step> steps(List<HistoryEntry> history, String locale) {
        return history.stream().map(h -> new Step(h.toStatus, Status.valueOf(h.toStatus).label(locale),
                DossierEvents.time(h.at), h.comment)).toList();
    }

    static Row row(Dossier d) {
        return new Row(d.receiptCode, d.procedureCode, d.status, d.applicantName, DossierEvents.time(d.receivedAt),
                DossierEvents.time(d.dueAt), Dossiers.overdue(d, Instant.now()), d.complete, d.handler);
    }

    static Full full(Dossier d, List<Attachment> files, List<HistoryEntry> history) {
        return new Full(d.id, d.receiptCode, d.formId, d.formVersion, d.procedureCode, d.status, d.agencyCode, d.handler,
                d.applicantName, d.applicantEmail, d.applicantPhone, d.userId, d.locale, d.answers, d.complete,
                missing(d), DossierEvents.time(d.receivedAt), DossierEvents.time(d.processingAt),
                DossierEvents.time(d.resultAt), DossierEvents.time(d.dueAt), Dossiers.overdue(d, Instant.now()),
                Status.valueOf(d.status).next().stream().map(Enum::name).sorted().toList(),
                files.stream().map(a -> new File(a.id, a.field, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.stage,
                        DossierEvents.time(a.addedAt))).toList(), steps(history, "vi"));
    }

    static List<String> missing(Dossier d) {
        return d.missing == null ? List.of() : List.of(d.missing.split(","));
    }
}
