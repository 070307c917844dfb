package vn.portal.plugins.notify.channel;

import java.time.Duration;
import org.pf4j.Extension;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.api.TextFormat;

/**
 * SMS through a {@link SmsProvider}: {@code plugin.notify.sms.provider=http} with
 * {@code …sms.gateway.url} (and optionally {@code …sms.gateway.token}), or {@code log} (the
 * default: texts are written to the log, for the demo). Texts longer than
 * {@code …sms.max-length} (default 459, three concatenated parts) are cut with "…".
 */
@Extension
public class SmsChannel implements NotificationChannel {

    private final Settings settings;
    private volatile SmsProvider provider;

    public SmsChannel(PluginContext context) {
        this.settings = context.settings();
    }

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public TextFormat format() {
        return TextFormat.PLAIN;
    }

    @Override
    public int defaultRatePerSecond() {
        return 50;
    }

    @Override
    public String checkAddress(String address) {
        return Addresses.phoneProblem(address);
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        String phone = Addresses.phone(m.recipient());
        if (phone == null) {
            throw DeliveryException.permanent(Addresses.phoneProblem(m.recipient()), null);
        }
        int max = Integer.parseInt(settings.get("sms.max-length").orElse("459").trim());
        String text = m.text().length() > max ? m.text().substring(0, max - 1) + "…" : m.text();
        provider().send(phone, text, m.key());
    }

    private SmsProvider provider() {
        if (provider == null) {
            String kind = settings.get("sms.provider").orElse(settings.get("sms.gateway.url").isPresent() ? "http" : "log");
            provider = switch (kind) {
                case "http" -> new HttpSmsGateway(settings.get("sms.gateway.url").orElseThrow(
                        () -> new IllegalStateException("plugin.notify.sms.provider=http needs plugin.notify.sms.gateway.url")),
                        settings.get("sms.gateway.token").orElse(null), Duration.ofSeconds(5));
                case "log" -> new LogSmsProvider();
                default -> throw new IllegalStateException("Unknown plugin.notify.sms.provider '" + kind
                        + "': use http or log");
            };
        }
        return provider;
    }
}
