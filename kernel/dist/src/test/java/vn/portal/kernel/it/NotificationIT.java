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
import vn.portal.kernel.testkit.TestDatabases;

/**
 * The notification plugin in the real portal (a separate process), with a real SMTP server
 * (GreenMail) and an SMS gateway stub (the JDK's HTTP server) in this test JVM. Dossier events
 * come from a stand-in for the e-form plugin that publishes them through the outbox as
 * contracts.md defines them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationIT {

    private PortalProcess portal;
    private TestDatabases.Postgres postgres;
    private GreenMail mail;
    private HttpServer smsGateway;
    /** Texts the gateway accepted, by the delivery id it was given: id → how many times. */
    private final Map<String, AtomicInteger> smsAccepted = new ConcurrentHashMap<>();
    private final AtomicInteger smsRefused = new AtomicInteger();
    private volatile Instant smsDownUntil = Instant.MIN;
    private HttpServer hookReceiver;
    /** Calls the webhook receiver took: when, the signature and delivery headers, the raw body. */
    private final java.util.List<String[]> hookCalls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    static final String WEBHOOK_SECRET = "khoa-ky-webhook-thu-nghiem-2026";

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
        hookReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hookReceiver.createContext("/hook", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            hookCalls.add(new String[] {Long.toString(System.nanoTime()), x.getRequestHeaders().getFirst("X-Portal-Signature"),
                x.getRequestHeaders().getFirst("X-Portal-Delivery"), new String(body, StandardCharsets.UTF_8)});
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        hookReceiver.start();
        java.nio.file.Path home = PortalScenario.tempHome("notify");
        // -Dnotify.it.db=postgresql: the same tests on a throw-away PostgreSQL database (127.0.0.1)
        postgres = "postgresql".equals(System.getProperty("notify.it.db", "h2")) ? TestDatabases.createPostgres() : null;
        portal = new PortalProcess(home).config(String.join("\n",
                // H2 writes commits to the file after up to 500 ms (WRITE_DELAY); a kill -9 then loses
                // "sent" marks made just before it. 0 hands every commit to the operating system at once.
                postgres != null ? "db.url=" + postgres.url()
                        : "db.url=jdbc:h2:file:" + home.resolve("data/portal") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "db.user=" + (postgres != null ? postgres.user() : "sa"),
                "db.password=" + (postgres != null ? postgres.password() : ""),
                "plugin.notify.mail.smtp.host=127.0.0.1",
                "plugin.notify.mail.smtp.port=" + mail.getSmtp().getPort(),
                "plugin.notify.mail.from=thongbao@hoaan.gov.vn",
                "plugin.notify.sms.provider=http",
                "plugin.notify.sms.gateway.url=http://127.0.0.1:" + smsGateway.getAddress().getPort() + "/sms",
                "plugin.notify.retry.base-seconds=1",
                "plugin.notify.retry.max-seconds=2",
                "plugin.notify.retry.max-attempts=30",
                "plugin.notify.sender.lease-seconds=5",
                "plugin.notify.webhook.secret=" + WEBHOOK_SECRET,
                "plugin.notify.webhook.rate-per-second=4", ""));
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
            hookReceiver.stop(0);
            if (postgres != null) {
                postgres.close();
            }
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

    /**
     * Issue 8: kill -9 while 500 e-mails are queued, at a random moment of the sending, then
     * restart: every message arrives exactly once. The sender journals an e-mail's hand-over (the
     * final "." of DATA in the socket) before it reads the server's answer, and a start takes an
     * unanswered hand-over as sent (ADR 0006); a repeat is left only for a kill within the
     * microseconds between that socket write and the journal write, and it fails this test.
     * Repeat with {@code -Dnotify.kill-rounds=30}: every round runs and prints its figures, then
     * the test asserts over all of them.
     */
    @Test
    void kill9With500QueuedThenRestartDeliversEveryMessageOnce() throws Exception {
        int rounds = Integer.getInteger("notify.kill-rounds", 1);
        int twice = 0;
        int unanswered = 0;
        List<String> repeated = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int[] r = killRound(round);
            twice += r[0];
            unanswered += r[1];
            if (r[0] > 0) {
                repeated.add("round " + round + ": " + r[0]);
            }
        }
        System.out.println("kill -9 test: " + rounds + " round(s), " + twice + " message(s) arrived twice in all; "
                + unanswered + " hand-over(s) without an answer taken as sent");
        assertEquals(0, twice, "messages arrived twice (" + String.join("; ", repeated) + ")");
    }

    /** @return {how many messages arrived twice, how many unanswered hand-overs the restart took as sent} */
    private int[] killRound(int round) throws Exception {
        Set<String> before = messageIds();
        int totalBefore = mail.getReceivedMessages().length;
        publish("count=500&email=nguoi.dan@example.vn&channels=email&prefix=H99.01-K9R" + round + "-");
        await(() -> mail.getReceivedMessages().length - totalBefore >= 20, Duration.ofSeconds(60), "sending has begun");
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(400)); // a random moment of the sending
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
        String log = portal.log(); // new at every start
        Matcher journal = Pattern.compile("(\\d+) of them were not marked sent yet").matcher(log);
        String saved = "0 (the journal was empty)";
        while (journal.find()) {
            saved = journal.group(1);
        }
        List<String> handedOver = new java.util.ArrayList<>();
        Matcher unanswered = Pattern.compile("before its answer, and are taken as sent \\(their delivery log says so\\):"
                + " deliveries ([0-9a-f, -]+)").matcher(log);
        while (unanswered.find()) {
            handedOver.addAll(List.of(unanswered.group(1).split(", ")));
        }
        System.out.println("kill -9 test, round " + round + ": " + atKill + " sent before the kill, " + total
                + " received in all, " + distinct + " distinct Message-IDs, " + (total - distinct) + " twice; marked from"
                + " the journal at the restart: " + saved + ", of them handed over without an answer: " + handedOver.size());
        assertEquals(500, distinct, "every notification arrives");
        for (String id : handedOver) {
            String entries = portal.adminGet("/api/v1/notify/deliveries/" + id + "/log?site=tinh").body();
            assertTrue(entries.contains("handed over to the mail server; the portal stopped before its answer"),
                    "the delivery log tells the administrator: " + entries);
        }
        String counts = portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body();
        assertTrue(counts.contains("\"PENDING\":0") && counts.contains("\"SENDING\":0"), counts);
        return new int[] {total - distinct, handedOver.size()};
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

    @Test
    void aWebhookCallIsSignedAndTheChannelKeepsToItsRate() throws Exception {
        String url = "http://127.0.0.1:" + hookReceiver.getAddress().getPort() + "/hook";
        HttpResponse<String> created = portal.adminSend("POST", "/api/v1/notify/webhooks?site=tinh",
                "{\"url\":\"" + url + "\",\"topic\":\"DOSSIERS\"}");
        assertEquals(201, created.statusCode(), created.body());
        String hookId = PortalScenario.field(created.body(), "id");
        HttpResponse<String> bad = portal.adminSend("POST", "/api/v1/notify/webhooks?site=tinh",
                "{\"url\":\"ftp://example.vn/x\",\"topic\":\"DOSSIERS\"}");
        assertEquals(400, bad.statusCode(), "only http(s) URLs: " + bad.body());
        int before = hookCalls.size();
        try {
            // 12 events at once; webhook.rate-per-second=4 (a bucket of 4, then one every 250 ms)
            publish("count=12&email=hook.test@example.vn&channels=email&prefix=H99.01-HOOK-");
            await(() -> hookCalls.size() - before >= 12, Duration.ofSeconds(60), "12 webhook calls");
        } finally {
            assertEquals(204, portal.adminSend("DELETE", "/api/v1/notify/subscriptions/" + hookId + "?site=tinh", null)
                    .statusCode());
        }
        List<String[]> calls = List.copyOf(hookCalls.subList(before, before + 12));
        Set<String> keys = new HashSet<>();
        for (String[] c : calls) {
            Matcher sig = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(c[1]);
            assertTrue(sig.matches(), "signature header: " + c[1]);
            long t = Long.parseLong(sig.group(1));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 300, "a fresh timestamp");
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + c[3]).getBytes(StandardCharsets.UTF_8)));
            assertTrue(java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    sig.group(2).getBytes(StandardCharsets.US_ASCII)), "the HMAC of t.body verifies");
            assertTrue(c[3].startsWith("{\"type\":\"dossier-status\",\"receiptCode\":\"H99.01-HOOK-"), c[3]);
            assertTrue(c[3].contains("\"agencyName\":\"Sở Nội vụ (mẫu)\""), "UTF-8 body: " + c[3]);
            keys.add(c[2]);
        }
        assertEquals(12, keys.size(), "one X-Portal-Delivery key per call");
        double spanSeconds = (Long.parseLong(calls.get(11)[0]) - Long.parseLong(calls.get(0)[0])) / 1e9;
        System.out.println("webhook rate test: 12 calls in " + spanSeconds + " s at 4/s");
        assertTrue(spanSeconds >= 1.75, "4 at once, then 4 a second: the 12th call comes 2 s after the first, not "
                + spanSeconds + " s");
        assertTrue(portal.adminGet("/api/v1/notify/deliveries?site=tinh&status=SENT&limit=1000").body()
                .contains("\"channel\":\"webhook\""), "the calls are in the delivery list");
    }

    @Test
    void digestSubscribersGetOneMessageListingTheHeldItemsWithAnUnsubscribeLink() throws Exception {
        String address = "ban.tin@example.vn";
        HttpResponse<String> form = portal.postForm("/api/v1/notify/public/subscriptions?site=tinh",
                "application/x-www-form-urlencoded", "email=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                        + "&topic=SITE&digest=DAILY");
        assertEquals(303, form.statusCode(), form.body());
        assertTrue(form.headers().firstValue("Location").orElse("").contains("da-gui=1"), "the daily digest is offered again");
        MimeMessage confirmation = awaitMail(address, "Xác nhận", Duration.ofSeconds(30));
        Matcher t = Pattern.compile("xac-nhan\\?t=([A-Za-z0-9._-]+)").matcher(decoded(confirmation));
        assertTrue(t.find());
        portal.postForm("/api/v1/notify/public/confirm?site=tinh", "application/x-www-form-urlencoded", "t=" + t.group(1));
        long heldBefore = count("HELD");
        String first = publishArticle("Kế hoạch chuyển đổi số năm 2027");
        publishArticle("Lịch tiếp công dân <tháng 12> & thông báo");
        await(() -> countOrZero("HELD") >= heldBefore + 2, Duration.ofSeconds(30), "both items are held for the digest");
        Thread.sleep(2000);
        assertTrue(java.util.Arrays.stream(mail.getReceivedMessages()).noneMatch(m -> to(m, address)
                && !subject(m).contains("Xác nhận")), "nothing is sent to a digest subscriber at once");

        HttpResponse<String> now = portal.adminSend("POST", "/api/v1/notify/digests/send?site=tinh", null);
        assertEquals(200, now.statusCode(), now.body());
        MimeMessage digest = awaitMail(address, "2 tin mới", Duration.ofSeconds(30));
        String body = decoded(digest);
        assertTrue(body.contains(first) && body.contains("Lịch tiếp công dân <tháng 12> & thông báo"), body);
        assertTrue(body.contains("Lịch tiếp công dân &lt;tháng 12&gt; &amp; thông báo"), "escaped in the HTML part");
        assertTrue(body.indexOf(first) < body.indexOf("Lịch tiếp công dân"), "in the order they were published");
        assertTrue(body.contains("/thong-bao/huy?t="), "the digest has an unsubscribe link");
        assertEquals("List-Unsubscribe=One-Click", digest.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(count("DIGESTED") >= 2, "the held rows are marked as put in a digest");
        HttpResponse<String> again = portal.adminSend("POST", "/api/v1/notify/digests/send?site=tinh", null);
        assertTrue(again.body().contains("\"queued\":0"), "nothing is put in a second digest: " + again.body());
        Thread.sleep(1500);
        long digests = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m, address)
                && subject(m).contains("tin mới")).count();
        assertEquals(1, digests, "one digest");
        // what the one-click unsubscribe of the digest ends
        String oneClick = digest.getHeader("List-Unsubscribe")[0];
        oneClick = oneClick.substring(oneClick.indexOf("/api/"), oneClick.length() - 1);
        assertEquals(200, portal.postForm(oneClick, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                .statusCode());
        publishArticle("Tin sau khi hủy đăng ký");
        Thread.sleep(1500);
        HttpResponse<String> after = portal.adminSend("POST", "/api/v1/notify/digests/send?site=tinh", null);
        assertTrue(after.body().contains("\"queued\":0"), "no digest after unsubscribing: " + after.body());
    }

    @Test
    void aSignedInPersonChoosesChannelsAndFollowsTopicsWithPlainFormsProtectedByTheSessionToken() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String user = "cong-dan-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        SessionClient citizen = identity.signedInUser(user, "Cong-Dan-Thu-2026!");
        String userId = PortalScenario.field(citizen.get("/api/v1/auth/me").body(), "id");
        String page = citizen.get("/tai-khoan/thong-bao").body();
        assertTrue(page.contains("Kênh nhận thông báo") && page.contains("<label for=\"p-email\">"), page);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "every form carries the session's token");
        String csrf = URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        assertTrue(!portal.get("/tai-khoan/thong-bao").body().contains("_csrf"), "visitors get no token (and a sign-in link)");

        // a forged post (another site's form: the session cookie comes along, the token does not)
        HttpResponse<String> forged = citizen.form("/api/v1/notify/me/preferences?site=tinh",
                "channel=email&email=ke.gia.mao%40example.vn&lang=vi");
        assertEquals(403, forged.statusCode(), forged.body());
        HttpResponse<String> wrong = citizen.form("/api/v1/notify/me/preferences?site=tinh",
                "channel=email&email=ke.gia.mao%40example.vn&_csrf=sai");
        assertEquals(403, wrong.statusCode());

        HttpResponse<String> badPhone = citizen.form("/api/v1/notify/me/preferences?site=tinh",
                "channel=sms&phone=12345&_csrf=" + csrf);
        assertEquals(303, badPhone.statusCode(), badPhone.body());
        assertTrue(location(badPhone).endsWith("/tai-khoan/thong-bao?loi=phone"), location(badPhone));
        assertTrue(citizen.get("/tai-khoan/thong-bao?loi=phone").body().contains("Số điện thoại di động không đúng"));
        HttpResponse<String> saved = citizen.form("/api/v1/notify/me/preferences?site=tinh",
                "channel=email&channel=inbox&email=Nguoi.Theo.Doi%40Example.vn&phone=&lang=vi&_csrf=" + csrf);
        assertTrue(location(saved).endsWith("?da-luu=1"), location(saved));

        HttpResponse<String> follow = citizen.form("/api/v1/notify/me/subscriptions?site=tinh",
                "topic=SITE&value=&digest=NONE&_csrf=" + csrf);
        assertTrue(location(follow).endsWith("?da-luu=1"), location(follow));
        HttpResponse<String> badTopic = citizen.form("/api/v1/notify/me/subscriptions?site=tinh",
                "topic=CATEGORY&value=&digest=NONE&_csrf=" + csrf);
        assertTrue(location(badTopic).endsWith("?loi=value"), location(badTopic));
        HttpResponse<String> weekly = citizen.form("/api/v1/notify/me/subscriptions?site=tinh",
                "topic=SECTOR&value=NOI_VU&digest=WEEKLY&_csrf=" + csrf);
        assertTrue(location(weekly).endsWith("?da-luu=1"), location(weekly));
        String listed = citizen.get("/tai-khoan/thong-bao").body();
        assertTrue(listed.contains("tất cả tin") && listed.contains("Ngay khi có tin") && listed.contains("Bản tin mỗi tuần")
                && listed.contains("thư điện tử") && listed.contains("hộp thư trên cổng"), listed);
        String json = citizen.get("/api/v1/notify/me/preferences?site=tinh").body();
        assertTrue(json.contains("\"email\":\"nguoi.theo.doi@example.vn\"") && json.contains("\"channels\":[\"email\",\"inbox\"]"),
                json);

        String title = publishArticle("Thông báo cho người theo dõi đã đăng nhập");
        awaitMail("nguoi.theo.doi@example.vn", title, Duration.ofSeconds(30));
        Instant end = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(end) && !citizen.get("/thong-bao/hop-thu").body().contains(title)) {
            Thread.sleep(300);
        }
        assertTrue(citizen.get("/thong-bao/hop-thu").body().contains(title), "the inbox has it too");

        // removing the e-mail channel moves every followed topic to the inbox only; then stop following
        citizen.form("/api/v1/notify/me/preferences?site=tinh", "channel=inbox&email=nguoi.theo.doi%40example.vn&_csrf=" + csrf);
        String subs = portal.adminGet("/api/v1/notify/subscriptions?site=tinh&limit=1000").body();
        assertTrue(subs.contains("\"address\":\"nguoi.theo.doi@example.vn\"") && subs.contains("\"address\":\"" + userId + "\""));
        Matcher remove = Pattern.compile("name=\"id\" value=\"([^\"]+)\"").matcher(citizen.get("/tai-khoan/thong-bao").body());
        assertTrue(remove.find());
        HttpResponse<String> stopped = citizen.form("/api/v1/notify/me/subscriptions/remove?site=tinh",
                "id=" + remove.group(1) + "&_csrf=" + csrf);
        assertTrue(location(stopped).endsWith("?da-luu=1"), location(stopped));
        String rest = citizen.get("/api/v1/notify/me/preferences?site=tinh").body();
        assertTrue(!rest.contains("\"topic\":\"SITE\"") && rest.contains("\"topic\":\"SECTOR\""), rest);
        assertTrue(rest.contains("\"channels\":[\"inbox\"]"), rest);
        // someone else's subscription cannot be removed
        HttpResponse<String> foreign = citizen.form("/api/v1/notify/me/subscriptions/remove?site=tinh",
                "id=" + someoneElsesSubscription() + "&_csrf=" + csrf);
        assertTrue(location(foreign).endsWith("?loi=id"), location(foreign));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private long countOrZero(String status) {
        try {
            return count(status);
        } catch (Exception e) {
            return 0;
        }
    }

    private long count(String status) throws Exception {
        String counts = portal.adminGet("/api/v1/notify/deliveries/counts?site=tinh").body();
        Matcher m = Pattern.compile("\"" + status + "\":(\\d+)").matcher(counts);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Creates and publishes an article on the province site; @return its title */
    private String publishArticle(String title) throws Exception {
        HttpResponse<String> item = portal.adminSend("POST", "/api/v1/content/items?site=tinh", "{\"type\":\"article\","
                + "\"title\":" + Browser.quote(title) + ",\"summary\":\"Tóm tắt\",\"fields\":{\"body\":\"<p>x</p>\"}}");
        assertEquals(201, item.statusCode(), item.body());
        String id = PortalScenario.field(item.body(), "id");
        for (String action : new String[] {"submit", "approve", "publish"}) {
            HttpResponse<String> r = portal.adminSend("POST", "/api/v1/content/items/" + id + "/transitions?site=tinh",
                    "{\"action\":\"" + action + "\"}");
            assertEquals(200, r.statusCode(), r.body());
        }
        return title;
    }

    /** Somebody else's subscription (an anonymous one by e-mail): its id. */
    private String someoneElsesSubscription() throws Exception {
        portal.postForm("/api/v1/notify/public/subscriptions?site=tinh", "application/x-www-form-urlencoded",
                "email=nguoi.khac%40example.vn&topic=SITE&digest=NONE");
        String subs = portal.adminGet("/api/v1/notify/subscriptions?site=tinh&limit=1000").body();
        Matcher m = Pattern.compile("\\{\"address\":\"nguoi.khac@example.vn\"[^}]*\"id\":\"([^\"]+)\"").matcher(subs);
        assertTrue(m.find(), subs);
        return m.group(1);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("(no Location; " + r.statusCode() + " " + r.body() + ")");
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

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
