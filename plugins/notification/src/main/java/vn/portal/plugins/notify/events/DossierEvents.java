package vn.portal.plugins.notify.events;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.notify.NotifyPlugin;
import vn.portal.plugins.notify.delivery.DeliveryQueue;
import vn.portal.plugins.notify.delivery.Recipient;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.template.MessageKind;

/**
 * Dossier status events of the e-form plugin (contracts.md) become one delivery per channel the
 * applicant chose ({@code applicant.channels}: email → applicant.email, sms → applicant.phone,
 * inbox → applicant.userId), plus one per webhook subscribed to the site's dossiers. Recorded in
 * the listener's transaction; sending happens later ({@code DeliverySender}).
 */
@Extension
public class DossierEvents implements EventListener {

    private final PluginContext context;

    public DossierEvents(PluginContext context) {
        this.context = context;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("eform.dossier.submitted", "eform.dossier.status-changed");
    }

    @Override
    public void onEvent(PortalEvent event) {
        DeliveryQueue queue = NotifyPlugin.services(context).queue();
        DeliveryQueue.NewEvent recorder = queue.newEvent(event.id(), event.siteKey(), "DOSSIERS").orElse(null);
        if (recorder == null) {
            return; // delivered to us before; the deliveries it made are queued already
        }
        JsonObject p = Payloads.parse(event.payload());
        JsonObject applicant = Payloads.object(p, "applicant");
        String locale = applicant == null ? "vi" : Payloads.text(applicant, "locale");
        for (String channel : Payloads.strings(applicant, "channels")) {
            String address = switch (channel) {
                case "email" -> Payloads.text(applicant, "email");
                case "sms" -> Payloads.text(applicant, "phone");
                case "inbox" -> Payloads.text(applicant, "userId");
                default -> Payloads.text(applicant, channel); // a channel another plugin adds
            };
            recorder.enqueue(event.type(), event.occurredAt(), event.siteKey(), MessageKind.DOSSIER_STATUS,
                    Recipient.direct(channel, address, locale), variables(p, applicant, locale, event.siteKey()));
        }
        List<Subscription> hooks = recorder.hasSubscribers()
                ? NotifyPlugin.services(context).subscriptions().active(event.siteKey(), "DOSSIERS") : List.of();
        for (Subscription s : hooks) {
            recorder.enqueue(event.type(), event.occurredAt(), event.siteKey(), MessageKind.DOSSIER_STATUS,
                    new Recipient(s.channel, s.address, s.locale, s.id, null), variables(p, applicant, s.locale, event.siteKey()));
        }
    }

    private Map<String, Object> variables(JsonObject p, JsonObject applicant, String locale, String siteKey) {
        boolean en = "en".equals(locale);
        Map<String, Object> v = new LinkedHashMap<>();
        for (String name : List.of("receiptCode", "procedureName", "procedureCode", "status", "comment", "agencyName",
                "agencyCode", "handler", "trackingUrl")) {
            v.put(name, Payloads.text(p, name));
        }
        String label = Payloads.text(p, en ? "statusLabelEn" : "statusLabelVi");
        v.put("statusLabel", label.isEmpty() ? Payloads.text(p, "status") : label);
        for (String name : List.of("receivedAt", "processingAt", "resultAt", "dueAt")) {
            v.put(name, Payloads.time(p, name));
        }
        v.put("applicantName", applicant == null ? "" : Payloads.text(applicant, "name"));
        v.put("siteName", context.sites().find(siteKey).map(s -> siteName(s, locale)).orElse(""));
        return v;
    }

    static String siteName(Site s, String locale) {
        return "en".equals(locale) && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.nameVi();
    }
}
