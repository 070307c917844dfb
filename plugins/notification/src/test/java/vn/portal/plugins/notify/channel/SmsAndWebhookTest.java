package vn.portal.plugins.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.OutgoingMessage;

/** The SMS gateway and webhooks against a local HTTP server in the test JVM. */
class SmsAndWebhookTest {

    private HttpServer server;
    private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void startStub() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(Map.of("body", body, "auth", String.valueOf(x.getRequestHeaders().getFirst("Authorization")),
                    "signature", String.valueOf(x.getRequestHeaders().getFirst("X-Portal-Signature")),
                    "delivery", String.valueOf(x.getRequestHeaders().getFirst("X-Portal-Delivery"))));
            x.sendResponseHeaders(answer.get(), -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    private static OutgoingMessage sms(String to) {
        return new OutgoingMessage("key-1", "t", to, "vi", "", "Ho so H99: \"Da xu ly\"", null, null, null);
    }

    @Test
    void theGatewayGetsTheNumberInInternationalFormAndTheText() throws Exception {
        SmsChannel channel = new SmsChannel(new InMemoryPluginContext("notify").setting("sms.provider", "http")
                .setting("sms.gateway.url", url()).setting("sms.gateway.token", "bi-mat"));
        channel.send(sms("0912 345 678"));
        assertEquals(1, calls.size());
        assertEquals("{\"to\":\"+84912345678\",\"text\":\"Ho so H99: \\\"Da xu ly\\\"\",\"id\":\"key-1\"}", calls.get(0).get("body"));
        assertEquals("Bearer bi-mat", calls.get(0).get("auth"));
    }

    @Test
    void gatewayErrorsAreRetriedOrNotByTheirStatus() {
        SmsChannel channel = new SmsChannel(new InMemoryPluginContext("notify").setting("sms.gateway.url", url()));
        answer.set(503);
        assertFalse(assertThrows(DeliveryException.class, () -> channel.send(sms("0912345678"))).permanent());
        answer.set(429);
        assertFalse(assertThrows(DeliveryException.class, () -> channel.send(sms("0912345678"))).permanent());
        answer.set(400);
        assertTrue(assertThrows(DeliveryException.class, () -> channel.send(sms("0912345678"))).permanent());
        assertEquals(3, calls.size());
    }

    @Test
    void phoneNumbersAreChecked() {
        assertEquals("+84912345678", Addresses.phone("+84 912 345 678"));
        assertEquals("+84389999999", Addresses.phone("0389.999.999"));
        assertNull(Addresses.phone("0212345678"), "not a mobile prefix");
        assertNull(Addresses.phone("09123"), "too short");
        assertNotNull(Addresses.phoneProblem("abc"));
        SmsChannel channel = new SmsChannel(new InMemoryPluginContext("notify").setting("sms.gateway.url", url()));
        assertTrue(assertThrows(DeliveryException.class, () -> channel.send(sms("12345"))).permanent());
        assertEquals(0, calls.size(), "nothing was sent for a bad number");
    }

    @Test
    void webhooksAreSignedWithHmacSha256OverTimestampAndBody() throws Exception {
        WebhookChannel hook = new WebhookChannel(new InMemoryPluginContext("notify").setting("webhook.secret", "khoa-bi-mat"));
        String json = "{\"type\":\"dossier-status\",\"status\":\"APPROVED\"}";
        hook.send(new OutgoingMessage("key-9", "eform.dossier.status-changed", url(), "vi", "", json, null, null, null));
        Map<String, String> call = calls.get(0);
        assertEquals(json, call.get("body"));
        assertEquals("key-9", call.get("delivery"));
        String sig = call.get("signature");
        assertTrue(sig.matches("t=\\d+,v1=[0-9a-f]{64}"), sig);
        String t = sig.substring(2, sig.indexOf(','));
        // what a receiver does: recompute over "<t>.<body>" with the shared secret
        assertEquals(WebhookChannel.sign("khoa-bi-mat", t + "." + json), sig.substring(sig.indexOf("v1=") + 3));
        answer.set(500);
        assertFalse(assertThrows(DeliveryException.class, () -> hook.send(new OutgoingMessage("k", "t", url(), "vi", "",
                json, null, null, null))).permanent());
        WebhookChannel unconfigured = new WebhookChannel(new InMemoryPluginContext("notify"));
        assertTrue(assertThrows(DeliveryException.class, () -> unconfigured.send(new OutgoingMessage("k", "t", url(), "vi",
                "", json, null, null, null))).getMessage().contains("plugin.notify.webhook.secret"));
        assertNotNull(hook.checkAddress("javascript:alert(1)"));
        assertNull(hook.checkAddress("https://lgsp.hoaan.gov.vn/hook"));
    }
}
