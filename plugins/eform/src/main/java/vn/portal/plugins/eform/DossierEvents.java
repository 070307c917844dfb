package vn.portal.plugins.eform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.api.site.Sites;

/**
 * The payload of {@code eform.dossier.submitted} and {@code eform.dossier.status-changed}
 * exactly as contracts.md gives it. The lookup token is never in it.
 */
final class DossierEvents {

    static final String SUBMITTED = "eform.dossier.submitted";
    static final String STATUS_CHANGED = "eform.dossier.status-changed";

    private final Catalogs catalogs;
    private final Sites sites;

    DossierEvents(Catalogs catalogs, Sites sites) {
        this.catalogs = catalogs;
        this.sites = sites;
    }

    String payload(Dossier d, String previousStatus, String comment) {
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        Status status = Status.valueOf(d.status);
        String procedureName = catalogs.find("procedures", d.procedureCode, today).map(e -> e.nameVi())
                .orElse(d.procedureCode);
        String agencyName = catalogs.find("agencies", d.agencyCode, today).map(e -> e.nameVi()).orElse(d.agencyCode);
        JsonArrayBuilder channels = Json.createArrayBuilder();
        if (d.applicantEmail != null) {
            channels.add("email");
        }
        if (d.applicantPhone != null) {
            channels.add("sms");
        }
        if (d.userId != null) {
            channels.add("inbox");
        }
        JsonObjectBuilder applicant = Json.createObjectBuilder();
        nullable(applicant, "userId", d.userId);
        applicant.add("name", d.applicantName);
        nullable(applicant, "email", d.applicantEmail);
        nullable(applicant, "phone", d.applicantPhone);
        applicant.add("locale", d.locale).add("channels", channels);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("dossierId", d.id)
                .add("receiptCode", d.receiptCode)
                .add("procedureCode", d.procedureCode)
                .add("procedureName", procedureName)
                .add("status", d.status);
        nullable(b, "previousStatus", previousStatus);
        b.add("statusLabelVi", status.vi).add("statusLabelEn", status.en);
        nullable(b, "comment", comment);
        b.add("agencyCode", d.agencyCode).add("agencyName", agencyName);
        nullable(b, "handler", d.handler);
        b.add("receivedAt", time(d.receivedAt));
        nullable(b, "processingAt", time(d.processingAt));
        nullable(b, "resultAt", time(d.resultAt));
        b.add("dueAt", time(d.dueAt));
        b.add("applicant", applicant);
        b.add("trackingUrl", trackingUrl(sites, d.siteKey, d.receiptCode));
        return b.build().toString();
    }

    static String trackingUrl(Sites sites, String siteKey, String receiptCode) {
        return sites.url(siteKey) + "ho-so/tra-cuu?ma=" + java.net.URLEncoder.encode(receiptCode,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static String time(Timestamp t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.toInstant().atZone(WorkingDays.VIETNAM)
                .toOffsetDateTime());
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
