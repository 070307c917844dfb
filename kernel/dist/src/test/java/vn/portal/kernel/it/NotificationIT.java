package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.portal.kernel.it.dossiers.DossierProbePlugin;
import vn.portal.kernel.it.dossiers.DossierProbeResource;
import vn.portal.kernel.it.dossiers.DossierProbeRest;
import vn.portal.kernel.testkit.PluginJarBuilder;

/**
 * The notification plugin in the real portal (a separate process), with a real SMTP server
 * (GreenMail) and an SMS gateway stub (the JDK's HTTP server) in this test JVM. Dossier events
 * come from a stand-in for the e-form plugin that publishes them through the outbox as
 * contracts.md defines them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIT {

    private PortalProcess portal;
    private GreenMail mail;
    private HttpServer smsGateway;
    /** Texts the gateway accepted, by the delivery id it was given: id → how many times. */
    private final Map<String, AtomicInteger> smsAccepted = new ConcurrentHashMap<>();
    private final AtomicInteger smsRefused = new AtomicInteger();
    private volatile Instant smsDownUntil = Instant.MIN;

    @BeforeAll
    void start() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        smsGateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        smsGateway.createContext("/sms", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (Instant.now().isBefore(smsDownUntil)) {
                smsRefused.incrementAndGet();
                x.sendResponseHeaders(503, -1);
            } else {
                Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
                smsAccepted.computeIfAbsent(id.find() ? id.group(1) : body, k -> new AtomicInteger()).incrementAndGet();
                x.sendResponseHeaders(202, -1);
            }
            x.close();
        });
        smsGateway.start();
        java.nio.file.Path home = PortalScenario.tempHome("notify");
        portal = new PortalProcess(home).config(String.join("\n",
                // H2 writes commits to the file after up to 500 ms (WRITE_DELAY); a kill -9 then loses
                // "sent" marks made just before it. 0 hands every commit to the operating system at once.
                "db.url=jdbc:h2:file:" + home.resolve("data/portal") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "db.user=sa", "db.password=",
                "plugin.notify.mail.smtp.host=127.0.0.1",
                "plugin.notify.mail.smtp.port=" + mail.getSmtp().getPort(),
                "plugin.notify.mail.from=thongbao@hoaan.gov.vn",
                "plugin.notify.sms.provider=http",
                "plugin.notify.sms.gateway.url=http://127.0.0.1:" + smsGateway.getAddress().getPort() + "/sms",
                "plugin.notify.retry.base-seconds=1",
                "plugin.notify.retry.max-seconds=2",
                "plugin.notify.retry.max-attempts=30",
                "plugin.notify.sender.lease-seconds=5", ""));
        PluginJarBuilder.create("dossierprobe", "1.0.0").requires(">=0.1.0 & <0.2.0").pluginClass(DossierProbePlugin.class)
                .addClass(DossierProbeResource.class).extension(DossierProbeRest.class)
                .build(portal.home.resolve("plugins"));
        portal.start();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            mail.stop();
            smsGateway.stop(0);
        }
    }

    @Test
    void aDossierStatusReachesTheCitizenByEveryChosenChannelWithAgencyHandlerAndTimes() throws Exception {
        int before = mail.getReceivedMessages().length;
        publish("count=1&email=cong.dan@example.vn&phone=0912345678&channels=email,sms&prefix=H99.01-A-");
        await(() -> mail.getReceivedMessages().length > before, Duration.ofSeconds(30), "the e-mail arrives");
        MimeMessage m = mail.getReceivedMessages()[before];
        assertEquals("Hồ sơ H99.01-A-0001: Đang xử lý", m.getSubject());
        String text = GreenMailUtil.getWholeMessage(m);
        String body = decoded(m);
        for (String expected : List.of("Sở Nội vụ (mẫu)", "Nguyễn Văn A", "21/11/2026 08:30", "21/11/2026 09:15",
                "05/12/2026 08:30", "ho-so/tra-cuu?ma=H99.01-A-0001")) {
            assertTrue(body.contains(expected), "REQUIREMENTS-VN §6: the message states " + expected + ":\n" + body);
        }
        assertTrue(body.contains("Chuyển phòng &lt;chuyên môn&gt; &amp; kiểm tra"), "HTML part escapes variables:\n" + body);
        assertTrue(text.contains("Message-ID: <") && text.contains("@notify.portal>"), "the key is the Message-ID");
        await(() -> !smsAccepted.isEmpty(), Duration.ofSeconds(30), "the SMS reaches the gateway");
        String deliveries = portal.adminGet("/api/v1/notify/deliveries?site=tinh&status=SENT").body();
        assertTrue(deliveries.contains("\"channel\":\"email\"") && deliveries.contains("\"channel\":\"sms\""), deliveries);
    }

    @Test
    void badAddressesAreDeadLettersWithTheReasonAndCanBeSentAgain() throws Exception {
        publish("count=1&email=khong-phai-dia-chi&phone=12345&channels=email,sms&prefix=H99.01-BAD-");
        String dead = awaitBody("/api/v1/notify/deliveries?site=tinh&status=DEAD", b -> b.contains("khong-phai-dia-chi")
                && b.contains("\"recipient\":\"12345\""), Duration.ofSeconds(30));
        assertTrue(dead.contains("không hợp lệ"), "the reason is stated: " + dead);
        String id = PortalScenario.field(dead.substring(dead.lastIndexOf("{", dead.indexOf("khong-phai-dia-chi"))), "id");
        HttpResponse<String> resend = portal.adminSend("POST", "/api/v1/notify/deliveries/" + id + "/resend?site=tinh", null);
        assertEquals(200, resend.statusCode(), resend.body());
        awaitBody("/api/v1/notify/deliveries/" + id + "/log?site=tinh", b -> b.contains("RESENT")
                && b.indexOf("DEAD") != b.lastIndexOf("DEAD"), Duration.ofSeconds(30));
        HttpResponse<String> again = portal.adminSend("POST", "/api/v1/notify/deliveries/" + id + "/resend?site=tinh", null);
        assertTrue(again.statusCode() == 200 || again.statusCode() == 409, again.body());
    }

    @Test
    void theSmsGatewayFailsForAWhileThenRecoversAndEveryTextArrivesOnce() throws Exception {
        int refusedBefore = smsRefused.get();
        Set<String> before = new HashSet<>(smsAccepted.keySet());
        smsDownUntil = Instant.now().plusSeconds(6);
        publish("count=20&phone=0987654321&channels=sms&prefix=H99.01-SMS-");
        await(() -> smsAccepted.size() - before.size() >= 20, Duration.ofSeconds(90), "all 20 texts arrive after retries");
        assertTrue(smsRefused.get() - refusedBefore >= 20, "the gateway refused them first (" + (smsRefused.get()
                - refusedBefore) + " refusals)");
        Thread.sleep(2000);
        assertEquals(20, smsAccepted.size() - before.size());
        smsAccepted.forEach((k, n) -> assertEquals(1, n.get(), "text " + k + " accepted " + n + " times"));
        String log = portal.adminGet("/api/v1/notify/deliveries?site=tinh&status=SENT&limit=1000").body();
        assertTrue(Pattern.compile("\"attempts\":[2-9]").matcher(log).find(), "retried deliveries say how many tries: " + log);
    }

    @Test
    void kill9With500QueuedThenRestartDeliversEveryMessageOnce() throws Exception {
        Set<String> before = messageIds();
        int totalBefore = mail.getReceivedMessages().length;
        publish("count=500&email=nguoi.dan@example.vn&channels=email&prefix=H99.01-K9-");
        await(() -> mail.getReceivedMessages().length - totalBefore >= 60, Duration.ofSeconds(60), "sending has begun");
        portal.kill9();
        int atKill = mail.getReceivedMessages().length - totalBefore;
        portal.start();
        await(() -> {
            try {
                return messageIds().size() - before.size() >= 500;
            } catch (MessagingException e) {
                return false;
            }
        }, Duration.ofSeconds(120), "all 500 arrive after the restart");
        Thread.sleep(3000); // anything sent twice would arrive now
        int total = mail.getReceivedMessages().length - totalBefore;
        int distinct = messageIds().size() - before.size();
        System.out.println("kill -9 test: " + atKill + " sent before the kill, " + total + " received in all, " + distinct
                + " distinct Message-IDs");
        assertEquals(500, distinct, "every notification arrives");
        // one sender thread marks each message right after the server accepted it: at most the one
        // message in flight at the kill can go out twice (with the same Message-ID)
        assertTrue(total - distinct <= 1, (total - distinct) + " messages arrived twice");
        String counts = portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body();
        assertTrue(counts.contains("\"PENDING\":0") && counts.contains("\"SENDING\":0"), counts);
    }

    @Test
    void templatesAreCheckedBeforeTheyAreSaved() throws Exception {
        HttpResponse<String> bad = portal.adminSend("PUT", "/api/v1/notify/templates/dossier-status/sms/vi",
                "{\"subject\":\"\",\"body\":\"Ho so {{maHoSo}}\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(bad.body().contains("unknown variable 'maHoSo'"), bad.body());
        HttpResponse<String> open = portal.adminSend("POST", "/api/v1/notify/templates/dossier-status/email/vi/preview",
                "{\"subject\":\"{{receiptCode}}\",\"body\":\"{{#comment}}x\"}");
        assertEquals(400, open.statusCode());
        assertTrue(open.body().contains("never closed"), open.body());
        HttpResponse<String> preview = portal.adminSend("POST", "/api/v1/notify/templates/dossier-status/email/vi/preview",
                "{\"subject\":\"Hồ sơ {{receiptCode}}\",\"body\":\"{{agencyName}} <b>\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("Hồ sơ H99.01-261121-0001"), preview.body());
    }

    @Test
    void theSubscribeFormAndTheInboxWithItsBadge() throws Exception {
        HttpResponse<String> page = portal.get("/thong-bao/dang-ky");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("action=\"/api/v1/notify/public/subscriptions?site=tinh\"")
                && page.body().contains("<label for=\"n-email\">"), "a labelled plain form");
        assertTrue(portal.get("/thong-bao/dang-ky?loi=email").body().contains("role=\"alert\""), "errors are announced");
        String adminId = PortalScenario.field(portal.adminGet("/api/v1/auth/me").body(), "id");
        publish("count=1&userId=" + adminId + "&channels=inbox&prefix=H99.01-INBOX-");
        SessionClient admin = new SessionClient(portal.port);
        admin.login("admin", PortalProcess.ADMIN_PASSWORD);
        Instant end = Instant.now().plusSeconds(30);
        String home = "";
        while (Instant.now().isBefore(end) && !home.contains("class=\"badge\"")) {
            home = admin.get("/").body();
            Thread.sleep(300);
        }
        assertTrue(home.contains("class=\"notify-badge\"") && home.contains("1 chưa đọc"), "unread badge in the header");
        String inbox = admin.get("/thong-bao/hop-thu").body();
        assertTrue(inbox.contains("Hồ sơ H99.01-INBOX-0001: Đang xử lý") && inbox.contains("Nguyễn Văn A"), inbox);
        assertTrue(!admin.get("/").body().contains("chưa đọc"), "what the inbox showed counts as read");
        assertTrue(!portal.get("/").body().contains("notify-badge"), "anonymous pages carry no badge");
    }

    @Test
    void aCitizenSubscribesConfirmsGetsNewContentAndUnsubscribesInOneClick() throws Exception {
        String address = "theo.doi@example.vn";
        HttpResponse<String> form = portal.postForm("/api/v1/notify/public/subscriptions?site=tinh",
                "application/x-www-form-urlencoded", "email=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                        + "&topic=SITE&digest=NONE");
        assertEquals(303, form.statusCode(), form.body());
        assertTrue(form.headers().firstValue("Location").orElse("").contains("da-gui=1"));
        MimeMessage confirmation = awaitMail(address, "Xác nhận", Duration.ofSeconds(30));
        Matcher t = Pattern.compile("xac-nhan\\?t=([A-Za-z0-9._-]+)").matcher(decoded(confirmation));
        assertTrue(t.find(), "the confirmation carries a link");
        String confirmPage = portal.get("/thong-bao/xac-nhan?t=" + t.group(1)).body();
        assertTrue(confirmPage.contains("action=\"/api/v1/notify/public/confirm?site=tinh\"")
                && confirmPage.contains("name=\"t\" value=\"" + t.group(1) + "\""), "opening the link only shows a button");
        HttpResponse<String> confirmed = portal.postForm("/api/v1/notify/public/confirm?site=tinh",
                "application/x-www-form-urlencoded", "t=" + t.group(1));
        assertTrue(confirmed.headers().firstValue("Location").orElse("").contains("ket-qua=ok"), confirmed.body());

        HttpResponse<String> item = portal.adminSend("POST", "/api/v1/content/items?site=tinh", "{\"type\":\"article\","
                + "\"title\":\"Thông báo lịch tiếp công dân\",\"summary\":\"Lịch tháng 12\",\"fields\":{\"body\":\"<p>x</p>\"}}");
        assertEquals(201, item.statusCode(), item.body());
        String id = PortalScenario.field(item.body(), "id");
        for (String action : new String[] {"submit", "approve", "publish"}) {
            HttpResponse<String> r = portal.adminSend("POST", "/api/v1/content/items/" + id + "/transitions?site=tinh",
                    "{\"action\":\"" + action + "\"}");
            assertEquals(200, r.statusCode(), r.body());
        }
        MimeMessage news = awaitMail(address, "Thông báo lịch tiếp công dân", Duration.ofSeconds(30));
        String unsubscribe = news.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", news.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(decoded(news).contains("/thong-bao/huy?t="), "the body has an unsubscribe link too");
        String oneClick = unsubscribe.substring(unsubscribe.indexOf("/api/"), unsubscribe.length() - 1);
        HttpResponse<String> r = portal.postForm(oneClick, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(200, r.statusCode(), r.body());
        String subs = portal.adminGet("/api/v1/notify/subscriptions?site=tinh").body();
        assertTrue(subs.contains("\"address\":\"" + address + "\"") && subs.contains("\"status\":\"UNSUBSCRIBED\""), subs);
        HttpResponse<String> forged = portal.postForm(oneClick.replaceAll("t=[^&]+$", "t=abc.def"),
                "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertEquals(404, forged.statusCode(), "a forged token does nothing");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void publish(String query) throws Exception {
        HttpResponse<String> r = portal.postForm("/api/v1/dossierprobe/events?site=tinh&" + query, "text/plain", "");
        assertEquals(200, r.statusCode(), r.body());
    }

    private Set<String> messageIds() throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    private MimeMessage awaitMail(String to, String subjectPart, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message '" + subjectPart + "' to " + to + "; log:\n" + tail());
    }

    private String awaitBody(String path, java.util.function.Predicate<String> ok, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        String last = "";
        while (Instant.now().isBefore(end)) {
            last = portal.adminGet(path).body();
            if (ok.test(last)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("timed out on " + path + ": " + last);
    }

    private void await(BooleanSupplier condition, Duration max, String what) throws Exception {
        Instant end = Instant.now().plus(max);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out: " + what + "\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    private String tail() throws Exception {
        String log = portal.log();
        return log.substring(Math.max(0, log.length() - 4000));
    }

    /** The whole message with quoted-printable and base64 parts decoded. */
    private static String decoded(MimeMessage m) throws Exception {
        StringBuilder b = new StringBuilder();
        collect(m.getContent(), b);
        return b.toString();
    }

    private static void collect(Object content, StringBuilder b) throws Exception {
        if (content instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i).getContent(), b);
            }
        } else {
            b.append(content).append('\n');
        }
    }
}
