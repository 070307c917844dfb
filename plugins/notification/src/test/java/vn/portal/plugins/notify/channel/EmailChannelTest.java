package vn.portal.plugins.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.HandOver;
import vn.portal.plugins.notify.api.OutgoingMessage;

/** E-mail against a real SMTP server (GreenMail) in the test JVM. */
class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private EmailChannel channel(int port) {
        return new EmailChannel(new InMemoryPluginContext("notify").setting("mail.smtp.host", "127.0.0.1")
                .setting("mail.smtp.port", Integer.toString(port)).setting("mail.from", "thongbao@hoaan.gov.vn")
                .setting("mail.timeout-ms", "2000"));
    }

    @Test
    void sendsTextAndHtmlWithTheKeyAsMessageIdAndOneClickUnsubscribe() throws Exception {
        EmailChannel email = channel(MAIL.getSmtp().getPort());
        email.send(new OutgoingMessage("k1", "content.item.published", "dan@example.vn", "vi", "Tin mới: Quyết định",
                "Xem: https://hoaan.gov.vn/tin-tuc/a", "<p>Xem <a href=\"https://hoaan.gov.vn/tin-tuc/a\">tin</a></p>",
                "https://hoaan.gov.vn/tin-tuc/a", "https://hoaan.gov.vn/api/v1/notify/public/unsubscribe?t=x"));
        email.send(new OutgoingMessage("k2", "t", "dan@example.vn", "vi", "Hai", "hai", null, null, null));
        email.close();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage m = received[0];
        assertEquals("<k1@notify.portal>", m.getMessageID());
        assertEquals("Tin mới: Quyết định", m.getSubject());
        assertEquals("<https://hoaan.gov.vn/api/v1/notify/public/unsubscribe?t=x>", m.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post")[0]);
        String raw = GreenMailUtil.getWholeMessage(m);
        assertTrue(raw.contains("multipart/alternative"), raw);
        assertTrue(raw.contains("text/html"), raw);
        assertNull(received[1].getHeader("List-Unsubscribe"), "no unsubscribe header on messages without a subscription");
    }

    @Test
    void badAddressesArePermanentAnUnreachableServerIsTransient() {
        EmailChannel email = channel(MAIL.getSmtp().getPort());
        assertNotNull(email.checkAddress("không phải địa chỉ"));
        assertNotNull(email.checkAddress(""));
        assertNull(email.checkAddress("cong.dan@hoaan.gov.vn"));
        DeliveryException bad = assertThrows(DeliveryException.class, () -> email.send(new OutgoingMessage("k", "t",
                "a@@b", "vi", "s", "x", null, null, null)));
        assertTrue(bad.permanent(), bad.getMessage());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        DeliveryException down = assertThrows(DeliveryException.class, () -> channel(closedPort).send(
                new OutgoingMessage("k", "t", "a@b.vn", "vi", "s", "x", null, null, null)));
        assertFalse(down.permanent(), "an unreachable server is worth retrying: " + down.getMessage());
        assertTrue(down.getMessage().contains("127.0.0.1:" + closedPort), "the message names the server: " + down.getMessage());
    }

    private static OutgoingMessage message(String key) {
        return new OutgoingMessage(key, "t", "dan@example.vn", "vi", "Chủ đề", "nội dung", "<p>nội dung</p>", null, null);
    }

    @Test
    void theHandOverIsReportedOnceBeforeTheServerAnswersTheEndOfData() throws Exception {
        try (SmtpStub stub = new SmtpStub(SmtpStub.AfterData.ACCEPT, true)) {
            EmailChannel email = channel(stub.port());
            CountDownLatch handedOver = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            Future<?> sending = Executors.newSingleThreadExecutor().submit(() -> {
                email.send(message("k-hand"), () -> {
                    calls.incrementAndGet();
                    handedOver.countDown();
                });
                return null;
            });
            assertTrue(stub.dataEnded.await(5, TimeUnit.SECONDS), "the stub got the whole message");
            // the stub holds its 250: the hand-over must come without it
            assertTrue(handedOver.await(5, TimeUnit.SECONDS), "hand-over reported while the answer is held back");
            assertFalse(sending.isDone(), "send() still waits for the answer");
            stub.answer.countDown();
            sending.get(5, TimeUnit.SECONDS);
            assertEquals(1, calls.get());
            email.close();
        }
    }

    @Test
    void aMessageRefusedAfterDataWasHandedOverAndFailsPermanently() throws Exception {
        try (SmtpStub stub = new SmtpStub(SmtpStub.AfterData.REFUSE_554, false)) {
            AtomicInteger handOvers = new AtomicInteger();
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> channel(stub.port()).send(message("k-554"), handOvers::incrementAndGet));
            assertEquals(1, handOvers.get(), "reported before the refusal was read, so the sender must take it back");
            assertTrue(e.permanent(), "a 5xx refusal of the message is not retried: " + e.getMessage());
            assertTrue(e.getMessage().contains("554"), e.getMessage());
        }
    }

    @Test
    void aConnectionClosedOrSilentInsteadOfTheAnswerIsWorthRetrying() throws Exception {
        for (SmtpStub.AfterData after : new SmtpStub.AfterData[] {SmtpStub.AfterData.CLOSE, SmtpStub.AfterData.SILENCE}) {
            try (SmtpStub stub = new SmtpStub(after, false)) {
                AtomicInteger handOvers = new AtomicInteger();
                DeliveryException e = assertThrows(DeliveryException.class,
                        () -> channel(stub.port()).send(message("k-" + after), handOvers::incrementAndGet));
                assertEquals(1, handOvers.get(), after + ": the message had left");
                // a live portal sends again rather than guess whether the server kept it
                assertFalse(e.permanent(), after + " must be transient: " + e.getMessage());
            }
        }
    }

    @Test
    void aServerAskingToTryAgainLaterIsRetried() throws Exception {
        try (SmtpStub stub = new SmtpStub(SmtpStub.AfterData.DEFER_451, false)) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> channel(stub.port()).send(message("k-451"), HandOver.NONE));
            assertFalse(e.permanent(), "451 after DATA means later, not never: " + e.getMessage());
            assertTrue(e.getMessage().contains("451"), e.getMessage());
        }
        // greylisting: the recipient is deferred with 450
        try (SmtpStub stub = new SmtpStub(SmtpStub.AfterData.ACCEPT, false, "450 4.2.0 greylisted, come back later")) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> channel(stub.port()).send(message("k-450"), HandOver.NONE));
            assertFalse(e.permanent(), "a greylisted recipient is retried: " + e.getMessage());
        }
        // while a refused recipient stays permanent
        try (SmtpStub stub = new SmtpStub(SmtpStub.AfterData.ACCEPT, false, "550 5.1.1 no such user")) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> channel(stub.port()).send(message("k-550"), HandOver.NONE));
            assertTrue(e.permanent(), "an unknown recipient is not retried: " + e.getMessage());
        }
    }

    @Test
    void aMessageThatNeverReachesTheEndOfDataIsNeverHandedOver() throws Exception {
        AtomicInteger handOvers = new AtomicInteger();
        HandOver counting = handOvers::incrementAndGet;
        EmailChannel email = channel(MAIL.getSmtp().getPort());
        assertThrows(DeliveryException.class, () -> email.send(new OutgoingMessage("k", "t", "a@@b", "vi", "s", "x",
                null, null, null), counting));
        email.send(message("k-ok"), counting); // GreenMail: the kept connection, then a 250
        email.send(message("k-ok2"), counting);
        email.close();
        assertEquals(2, handOvers.get(), "one hand-over per message that reached the end of DATA");
        assertEquals(2, MAIL.getReceivedMessages().length);
    }
}
