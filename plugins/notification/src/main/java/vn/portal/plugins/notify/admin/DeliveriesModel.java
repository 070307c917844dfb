package vn.portal.plugins.notify.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.notify.domain.Attempt;
import vn.portal.plugins.notify.domain.Delivery;
import vn.portal.plugins.notify.web.DeliveryAdmin;

/**
 * The deliveries page's state: a site the user may manage, a status filter (dead letters first
 * in mind), the latest deliveries with their last error, the log of the chosen one, re-send.
 */
public class DeliveriesModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PluginContext context;
    private final DeliveryAdmin admin;
    private final AdminTexts t = new AdminTexts();
    private String siteKey;
    private String status = Delivery.DEAD;
    private String selected;

    public DeliveriesModel(PluginContext context) {
        this.context = context;
        this.admin = new DeliveryAdmin(context);
        List<String> keys = getSiteKeys();
        // ?site=<key> opens the page on that site (links from elsewhere in the admin); else the
        // first site of the tree the user may manage (the province before its departments)
        String asked = FacesContext.getCurrentInstance() == null ? null
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
        siteKey = asked != null && keys.contains(asked) ? asked : keys.stream().filter(k -> context.sites().find(k)
                .map(s -> s.parentKey() == null).orElse(false)).findFirst().orElse(keys.isEmpty() ? null : keys.get(0));
    }

    /** A row for the table (EL reads getters, not record accessors). */
    public static final class Row {
        private final Delivery d;

        Row(Delivery d) {
            this.d = d;
        }

        public String getId() {
            return d.id;
        }

        public String getCreated() {
            return WHEN.format(d.createdAt.toInstant());
        }

        public String getChannel() {
            return d.channel;
        }

        public String getRecipient() {
            return d.recipient;
        }

        public String getKind() {
            try {
                return vn.portal.plugins.notify.template.MessageKind.of(d.kind).label(new AdminTexts().english() ? "en" : "vi");
            } catch (IllegalArgumentException e) {
                return d.kind; // a kind of a later version
            }
        }

        public String getStatus() {
            return d.status;
        }

        public int getAttempts() {
            return d.attempts;
        }

        public String getLastError() {
            return d.lastError == null ? "" : d.lastError;
        }

        public boolean isDead() {
            return Delivery.DEAD.equals(d.status);
        }
    }

    /** A line of the delivery log. */
    public static final class LogLine {
        private final Attempt a;

        LogLine(Attempt a) {
            this.a = a;
        }

        public String getAt() {
            return WHEN.format(a.attemptedAt.toInstant());
        }

        public String getOutcome() {
            return a.outcome;
        }

        public int getAttempt() {
            return a.attemptNo;
        }

        public String getDetail() {
            return a.detail == null ? "" : a.detail;
        }
    }

    public Map<String, String> getT() {
        return t;
    }

    public List<String> getSiteKeys() {
        return context.sites().all().stream().map(Site::key)
                .filter(k -> context.identity().isPermitted("notify:manage:" + k)).toList();
    }

    public String siteName(String key) {
        return context.sites().find(key).map(Site::nameVi).orElse(key);
    }

    public List<String> getStatuses() {
        return List.of(Delivery.DEAD, Delivery.PENDING, Delivery.SENDING, Delivery.SENT, Delivery.HELD, Delivery.DIGESTED,
                Delivery.CANCELLED);
    }

    public Map<String, Long> getCounts() {
        return allowed() ? admin.counts(siteKey) : Map.of();
    }

    /** Channels being retried, for the warning at the top of the page. */
    public List<DeliveryAdmin.Trouble> getTroubles() {
        return allowed() ? admin.troubles(siteKey) : List.of();
    }

    /** "Thư điện tử: 25 thông báo chờ gửi lại" — the warning's first line for one channel. */
    public String troubleLine(DeliveryAdmin.Trouble tr) {
        return t.get("channel." + tr.channel()) + ": " + String.format(t.get("deliveries.troubleCount"), tr.waiting());
    }

    public List<Row> getRows() {
        return allowed() ? admin.list(siteKey, status, 200).stream().map(Row::new).toList() : List.of();
    }

    public List<LogLine> getLog() {
        return selected == null || !allowed() ? List.of() : admin.log(admin.get(siteKey, selected).id).stream()
                .map(LogLine::new).toList();
    }

    public void show(String id) {
        selected = id;
    }

    public void resend(String id) {
        if (!allowed()) {
            message(FacesMessage.SEVERITY_ERROR, t.get("denied"));
            return;
        }
        try {
            admin.resend(siteKey, id, context.identity().currentUser().orElseThrow().username());
            selected = id;
            message(FacesMessage.SEVERITY_INFO, t.get("deliveries.resent"));
        } catch (ApiProblem e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    private boolean allowed() {
        return siteKey != null && context.identity().isPermitted("notify:manage:" + siteKey);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        if (getSiteKeys().contains(siteKey)) {
            this.siteKey = siteKey;
            this.selected = null;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = getStatuses().contains(status) ? status : Delivery.DEAD;
    }

    public String getSelected() {
        return selected;
    }
}
