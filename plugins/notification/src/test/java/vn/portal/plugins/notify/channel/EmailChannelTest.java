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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
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
}
