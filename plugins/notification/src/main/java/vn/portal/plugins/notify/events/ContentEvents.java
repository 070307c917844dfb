package vn.portal.plugins.notify.events;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.NotifyPlugin;
import vn.portal.plugins.notify.delivery.DeliveryQueue;
import vn.portal.plugins.notify.delivery.Recipient;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.subscription.Subscriptions;
import vn.portal.plugins.notify.template.MessageKind;

/**
 * A published content item reaches everyone subscribed to its site, one of its categories, its
 * sector or its administrative unit — once per person and channel, however many of their
 * subscriptions match (the idempotency key is per event, channel and address). Digest subscribers'
 * messages are held for the daily or weekly digest. The content plugin emits
 * {@code content.item.published} with title, url, summary, categories, sector and unit;
 * {@code content.published} (the name in contracts.md) is accepted too.
 */
@Extension
public class ContentEvents implements EventListener {

    private final PluginContext context;

    public ContentEvents(PluginContext context) {
        this.context = context;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("content.item.published", "content.published");
    }

    @Override
    public void onEvent(PortalEvent event) {
        DeliveryQueue queue = NotifyPlugin.services(context).queue();
        DeliveryQueue.NewEvent recorder = event.siteKey() == null ? null : queue.newEvent(event.id()).orElse(null);
        if (recorder == null) {
            return; // no site, or delivered to us before (its deliveries are queued already)
        }
        JsonObject p = Payloads.parse(event.payload());
        if (Payloads.text(p, "url").isEmpty()) {
            return; // an older content plugin without the subscriber fields: nothing to say
        }
        Subscriptions subscriptions = NotifyPlugin.services(context).subscriptions();
        for (Subscription s : subscriptions.matching(event.siteKey(), Payloads.strings(p, "categories"),
                Payloads.text(p, "sector"), Payloads.text(p, "unit"))) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("title", Payloads.text(p, "title"));
            v.put("url", Payloads.text(p, "url"));
            v.put("summary", Payloads.text(p, "summary"));
            v.put("siteName", context.sites().find(event.siteKey()).map(x -> DossierEvents.siteName(x, s.locale)).orElse(""));
            v.put("topicLabel", subscriptions.topicLabel(s));
            v.put("unsubscribeUrl", subscriptions.unsubscribePage(s));
            v.put("preferencesUrl", subscriptions.preferencesPage(event.siteKey()));
            v.put("_unsubscribePost", subscriptions.unsubscribeOneClick(s));
            recorder.enqueue(event.type(), event.occurredAt(), event.siteKey(), MessageKind.CONTENT_PUBLISHED,
                    new Recipient(s.channel, s.address, s.locale, s.id, s.digest), v);
        }
    }
}
