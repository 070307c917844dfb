package vn.portal.plugins.notify.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.channel.EmailChannel;

/**
 * The channels in use: every {@link NotificationChannel} of started plugins, this one's included
 * (its built-in channels are extensions like any other), asked of the kernel each time because
 * plugins start and stop while the portal runs.
 */
public final class Channels {

    private final PluginContext context;

    public Channels(PluginContext context) {
        this.context = context;
    }

    /** Channels by id, in plugin start order; the first channel with an id wins. */
    public Map<String, NotificationChannel> all() {
        Map<String, NotificationChannel> out = new LinkedHashMap<>();
        for (NotificationChannel c : context.extensions(NotificationChannel.class)) {
            out.putIfAbsent(c.id(), c);
        }
        return out;
    }

    public Optional<NotificationChannel> get(String id) {
        return Optional.ofNullable(all().get(id));
    }

    /** Lets the e-mail channel close its kept SMTP connection when the plugin stops. */
    public void close() {
        all().values().stream().filter(EmailChannel.class::isInstance).map(EmailChannel.class::cast)
                .forEach(EmailChannel::close);
    }
}
