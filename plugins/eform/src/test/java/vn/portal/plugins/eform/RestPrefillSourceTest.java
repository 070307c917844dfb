package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.eform.api.PrefillRequest;

/**
 * The REST connector against a stub service in this JVM (JDK HttpServer): what it fills, what it
 * sends, and that a slow, failing or absent service leaves the field empty instead of breaking the form.
 */
class RestPrefillSourceTest {

    static final String CITIZEN = "{\"hoTen\":\"Trần Thị Mẫu\",\"ngaySinh\":\"1990-05-12\",\"soCon\":2,"
            + "\"noiThuongTru\":{\"xa\":\"99001\",\"chiTiet\":\"Thôn Đông\"},\"ghiChu\":\"không được đọc\"}";

    HttpServer server;
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    volatile int delayMs;
    volatile int status = 200;
    volatile String body = CITIZEN;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cong-dan/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        asked.add(x.getRequestURI().getRawPath());
        authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cong-dan/{key}";
    }

    InMemoryPluginContext settings(String key) {
        return new InMemoryPluginContext("eform").setting("prefill.sources", "dancu, ")
                .setting("prefill.dancu.url", url()).setting("prefill.dancu.key", key)
                .setting("prefill.dancu.fields", "hoTen, ngaySinh, soCon, noiThuongTru.xa")
                .setting("prefill.dancu.timeout-ms", "500").setting("prefill.dancu.authorization", "Bearer bi-mat");
    }

    RestPrefillSource source(InMemoryPluginContext c) {
        List<RestPrefillSource> all = RestPrefillSource.configured(c.settings());
        assertEquals(1, all.size());
        return all.get(0);
    }

    static PrefillRequest signedIn(Map<String, String> answers) {
        return new PrefillRequest("xa-binh-minh", "vi", "1.000001.000.00.00.H99", "u-1", "Trần Thị Mẫu",
                "001190000123", answers);
    }

    @Test
    void fillsTheListedFieldsFromOneLookupKeyedByTheAnswerGiven() {
        RestPrefillSource dancu = source(settings("answer:soCccd"));
        PrefillRequest r = signedIn(Map.of("soCccd", "001 190 000 123"));
        assertEquals("dancu", dancu.id());
        assertEquals(Optional.of("Trần Thị Mẫu"), dancu.value("hoTen", r));
        assertEquals(Optional.of("1990-05-12"), dancu.value("ngaySinh", r));
        assertEquals(Optional.of("2"), dancu.value("soCon", r), "numbers as text");
        assertEquals(Optional.of("99001"), dancu.value("noiThuongTru.xa", r), "nested objects by a dotted name");
        assertEquals(Optional.empty(), dancu.value("ghiChu", r), "only the listed fields are ever read");
        assertEquals(List.of("/cong-dan/001190000123"), asked, "one call for every field of the page, spaces removed");
        assertEquals("Bearer bi-mat", authorizations.get(0));
        assertEquals(Optional.empty(), dancu.value("hoTen", signedIn(Map.of())), "no ID number yet: nothing asked");
        assertEquals(1, asked.size());
    }

    @Test
    void keyedByTheSignedInUserAndNeverForAnonymousApplicantsUnlessAllowed() {
        RestPrefillSource byUser = source(settings("user"));
        assertEquals(Optional.of("Trần Thị Mẫu"), byUser.value("hoTen", signedIn(Map.of())));
        assertEquals("/cong-dan/001190000123", asked.get(0), "the sign-in name");
        PrefillRequest anonymous = new PrefillRequest("xa-binh-minh", "vi", "p", null, null, null,
                Map.of("soCccd", "001190000123"));
        RestPrefillSource byAnswer = source(settings("answer:soCccd"));
        assertEquals(Optional.empty(), byAnswer.value("hoTen", anonymous),
                "whoever types an ID number must not see that citizen's data");
        assertEquals(1, asked.size());
        RestPrefillSource open = source(settings("answer:soCccd").setting("prefill.dancu.anonymous", "true"));
        assertEquals(Optional.of("1990-05-12"), open.value("ngaySinh", anonymous), "allowed for public data");
        RestPrefillSource byId = source(settings("user:id"));
        byId.value("hoTen", signedIn(Map.of()));
        assertEquals("/cong-dan/u-1", asked.get(asked.size() - 1));
    }

    @Test
    void aSlowServiceTimesOutAndIsNotAskedAgainForEveryField() {
        delayMs = 3000;
        RestPrefillSource dancu = source(settings("user"));
        long start = System.nanoTime();
        assertEquals(Optional.empty(), dancu.value("hoTen", signedIn(Map.of())));
        assertEquals(Optional.empty(), dancu.value("ngaySinh", signedIn(Map.of())));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 2500, "gave up after the 500 ms timeout, once: " + ms + " ms");
        assertEquals(1, asked.size(), "the failure is remembered for the page's other fields");
    }

    @Test
    void anUnreachableServiceGivesNothing() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        InMemoryPluginContext c = settings("user").setting("prefill.dancu.url", "http://127.0.0.1:" + closed + "/x/{key}");
        assertEquals(Optional.empty(), source(c).value("hoTen", signedIn(Map.of())));
    }

    @Test
    void errorsNotFoundAndJunkGiveNothing() {
        status = 404;
        assertEquals(Optional.empty(), source(settings("user")).value("hoTen", signedIn(Map.of())), "nobody by this key");
        status = 500;
        assertEquals(Optional.empty(), source(settings("user")).value("hoTen", signedIn(Map.of())));
        status = 200;
        body = "<html>Bảo trì</html>";
        assertEquals(Optional.empty(), source(settings("user")).value("hoTen", signedIn(Map.of())));
        body = "[\"không phải đối tượng\"]";
        assertEquals(Optional.empty(), source(settings("user")).value("hoTen", signedIn(Map.of())));
        body = "{\"hoTen\":null,\"ngaySinh\":[\"1990\"]}";
        RestPrefillSource s = source(settings("user"));
        assertEquals(Optional.empty(), s.value("hoTen", signedIn(Map.of())));
        assertEquals(Optional.empty(), s.value("ngaySinh", signedIn(Map.of())));
    }

    @Test
    void theAnswerIsKeptForAWhileThenAskedAgain() {
        Instant[] now = {Instant.parse("2026-11-21T03:00:00Z")};
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        RestPrefillSource s = new RestPrefillSource(RestPrefillSource.config(settings("user").settings(), "dancu"), clock);
        s.value("hoTen", signedIn(Map.of()));
        now[0] = now[0].plus(Duration.ofSeconds(59));
        s.value("hoTen", signedIn(Map.of()));
        assertEquals(1, asked.size());
        now[0] = now[0].plus(Duration.ofSeconds(2));
        body = "{\"hoTen\":\"Trần Thị Mới\"}";
        assertEquals(Optional.of("Trần Thị Mới"), s.value("hoTen", signedIn(Map.of())));
        assertEquals(2, asked.size());
    }

    @Test
    void mistakesInTheSettingsLeaveTheServiceOut() {
        InMemoryPluginContext c = settings("user");
        assertThrows(IllegalArgumentException.class, () -> RestPrefillSource.config(c.settings(), "Dan-Cu"));
        assertThrows(IllegalArgumentException.class, () -> RestPrefillSource.config(c.settings(), "catalog"));
        c.setting("prefill.dancu.url", "ftp://lgsp.example/{key}");
        assertEquals(List.of(), RestPrefillSource.configured(c.settings()), "logged and left out, the portal starts");
        c.setting("prefill.dancu.url", url()).setting("prefill.dancu.key", "cccd");
        assertEquals(List.of(), RestPrefillSource.configured(c.settings()));
        c.setting("prefill.dancu.key", "user").setting("prefill.dancu.fields", " ");
        assertEquals(List.of(), RestPrefillSource.configured(c.settings()));
        c.setting("prefill.dancu.fields", "hoTen").setting("prefill.dancu.timeout-ms", "mot giay");
        assertEquals(List.of(), RestPrefillSource.configured(c.settings()));
        c.setting("prefill.dancu.timeout-ms", "800");
        RestPrefillSource ok = source(c);
        assertEquals(Duration.ofMillis(800), ok.config().timeout());
        assertEquals(Duration.ofSeconds(60), ok.config().cacheFor());
    }
}
