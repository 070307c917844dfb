package vn.portal.plugins.notify.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.template.Escaping;

/**
 * An SMS gateway reached over HTTP: {@code POST <url>} with {@code {"to","text","id"}} as JSON and,
 * when configured, {@code Authorization: Bearer <token>}. 2xx is sent; 429 and 5xx are retried;
 * other 4xx mean the gateway will never take this message (a bad number, say).
 */
final class HttpSmsGateway implements SmsProvider {

    private final URI url;
    private final String token;
    private final HttpClient http;

    HttpSmsGateway(String url, String token, Duration timeout) {
        this.url = URI.create(url);
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void send(String phone, String text, String key) throws DeliveryException {
        String json = "{\"to\":\"" + Escaping.json(phone) + "\",\"text\":\"" + Escaping.json(text) + "\",\"id\":\""
                + Escaping.json(key) + "\"}";
        HttpRequest.Builder r = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null && !token.isBlank()) {
            r.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw DeliveryException.transient_("Không kết nối được cổng SMS / SMS gateway unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transient_("interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String detail = "SMS gateway answered " + status + ": " + abbreviate(response.body());
        if (status == 429 || status >= 500 || status == 408) {
            throw DeliveryException.transient_(detail, null);
        }
        throw DeliveryException.permanent(detail, null);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
