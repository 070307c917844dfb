package vn.portal.plugins.notify.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.pf4j.Extension;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.api.TextFormat;

/**
 * POSTs the rendered JSON document to the subscriber's URL, signed so the receiver can tell it
 * came from the portal and was not replayed:
 * {@code X-Portal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the shared secret>},
 * plus {@code X-Portal-Delivery: <idempotency key>} and {@code X-Portal-Event: <event type>}.
 * The secret is {@code plugin.notify.webhook.secret}. 2xx is delivered; 408, 429 and 5xx are retried.
 */
@Extension
public class WebhookChannel implements NotificationChannel {

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookChannel(PluginContext context) {
        this.settings = context.settings();
    }

    @Override
    public String id() {
        return "webhook";
    }

    @Override
    public TextFormat format() {
        return TextFormat.JSON;
    }

    @Override
    public int defaultRatePerSecond() {
        return 50;
    }

    @Override
    public String checkAddress(String address) {
        return Addresses.urlProblem(address);
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        String secret = settings.get("webhook.secret").orElseThrow(() -> DeliveryException.permanent(
                "Chưa đặt khóa ký webhook / set plugin.notify.webhook.secret in portal.properties", null));
        long t = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(m.recipient())).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Portal-Signature", "t=" + t + ",v1=" + sign(secret, t + "." + m.text()))
                .header("X-Portal-Delivery", m.key())
                .header("X-Portal-Event", m.eventType())
                .POST(HttpRequest.BodyPublishers.ofString(m.text(), StandardCharsets.UTF_8)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw DeliveryException.transient_("Không gọi được webhook / webhook unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transient_("interrupted", e);
        }
        if (status / 100 == 2) {
            return;
        }
        String detail = "Webhook answered " + status;
        if (status == 408 || status == 429 || status >= 500) {
            throw DeliveryException.transient_(detail, null);
        }
        throw DeliveryException.permanent(detail, null);
    }

    /** Hex HMAC-SHA256 of the text: what the receiver recomputes to verify a call. */
    public static String sign(String secret, String signedText) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedText.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
