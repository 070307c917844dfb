package vn.portal.plugins.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;
import vn.portal.plugins.notify.delivery.Channels;
import vn.portal.plugins.notify.delivery.DeliveryQueue;
import vn.portal.plugins.notify.delivery.DeliverySender;
import vn.portal.plugins.notify.digest.Digests;
import vn.portal.plugins.notify.subscription.LinkTokens;
import vn.portal.plugins.notify.subscription.Subscriptions;
import vn.portal.plugins.notify.subscription.UserSubscriptions;
import vn.portal.plugins.notify.template.Templates;

/**
 * Notifications (plugin id {@code notify}): channels, templates, subscriptions, and the queue
 * that turns events into messages and sends them. The services are made once per plugin context
 * and shared by the plugin's extensions; the sender runs between start and stop.
 */
public class NotifyPlugin extends PortalPlugin {

    public static final String ID = "notify";

    private static final Map<PluginContext, Services> SERVICES = new ConcurrentHashMap<>();

    /** What the extensions share. */
    public record Services(Channels channels, Templates templates, DeliveryQueue queue, DeliverySender sender,
            LinkTokens tokens, Subscriptions subscriptions, Digests digests, UserSubscriptions userSubscriptions) {
    }

    public NotifyPlugin(PluginContext context) {
        super(context);
    }

    public static Services services(PluginContext context) {
        return SERVICES.computeIfAbsent(context, c -> {
            Channels channels = new Channels(c);
            Templates templates = new Templates(c);
            DeliveryQueue queue = new DeliveryQueue(c, channels);
            LinkTokens tokens = new LinkTokens(c);
            Subscriptions subscriptions = new Subscriptions(c, queue, tokens);
            return new Services(channels, templates, queue, new DeliverySender(c, channels, templates), tokens,
                    subscriptions, new Digests(c, queue, subscriptions), new UserSubscriptions(c, subscriptions));
        });
    }

    @Override
    public void start() {
        services(context()).sender().start();
    }

    @Override
    public void stop() {
        Services s = SERVICES.remove(context());
        if (s != null) {
            s.sender().stop();
            s.channels().close();
        }
    }
}
