package vn.portal.plugins.notify.delivery;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.channel.EmailChannel;
import vn.portal.plugins.notify.channel.InboxChannel;
import vn.portal.plugins.notify.channel.SmsChannel;
import vn.portal.plugins.notify.channel.WebhookChannel;

/**
 * The channels in use: every {@link NotificationChannel} of started plugins, this one's included,
 * through {@code PluginContext.extensions(Class)} (contracts.md). Until a kernel offers that
 * method, the built-in channels alone are used.
 */
public final class Channels {

    private static final Logger LOG = Logger.getLogger(Channels.class.getName());

    private final PluginContext context;
    private final Method extensions;
    private final Map<String, NotificationChannel> builtIn = new LinkedHashMap<>();

    public Channels(PluginContext context) {
        this.context = context;
        this.extensions = extensionsMethod();
        if (extensions == null) {
            LOG.info("[plugin=notify] this kernel has no PluginContext.extensions(Class): only the built-in channels are used");
            for (NotificationChannel c : List.of(new EmailChannel(context), new SmsChannel(context),
                    new InboxChannel(context), new WebhookChannel(context))) {
                builtIn.put(c.id(), c);
            }
        }
    }

    /** Channels by id, in plugin start order; the first channel with an id wins. */
    public Map<String, NotificationChannel> all() {
        if (extensions == null) {
            return builtIn;
        }
        Map<String, NotificationChannel> out = new LinkedHashMap<>();
        try {
            for (Object o : (List<?>) extensions.invoke(context, NotificationChannel.class)) {
                NotificationChannel c = (NotificationChannel) o;
                out.putIfAbsent(c.id(), c);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PluginContext.extensions failed", e);
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

    private static Method extensionsMethod() {
        try {
            return PluginContext.class.getMethod("extensions", Class.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
