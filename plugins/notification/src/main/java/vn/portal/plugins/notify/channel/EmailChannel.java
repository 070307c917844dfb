package vn.portal.plugins.notify.channel;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.pf4j.Extension;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.DeliveryException;
import vn.portal.plugins.notify.api.HandOver;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.api.OutgoingMessage;
import vn.portal.plugins.notify.api.TextFormat;

/**
 * E-mail over SMTP with Jakarta Mail (Payara Micro provides the API and Angus Mail at run time).
 * One connection is kept open and reused, so a burst does not pay a TCP and SMTP handshake per
 * message. The Message-ID is the delivery's idempotency key: a message sent again after a crash
 * carries the same id, and mail systems and the tests can drop the repeat.
 *
 * <p>The hand-over ({@link HandOver}) is reported when the final "." of DATA has been flushed to the
 * socket, before the server's answer ({@link HandOverTransport}). If the answer is a refusal, or
 * the connection breaks or times out while waiting for it, send() throws as before (a refusal is
 * permanent, anything else transient) and the sender takes the hand-over back: a live portal
 * sends again rather than guess whether the server kept the message (at least once). Only a
 * portal killed while waiting takes an unanswered hand-over as accepted (ADR 0006).
 *
 * <p>Settings: {@code plugin.notify.mail.smtp.host}, {@code …mail.smtp.port}, {@code …mail.from},
 * optionally {@code …mail.smtp.user}, {@code …mail.smtp.password}, {@code …mail.smtp.starttls}.
 */
@Extension
public class EmailChannel implements NotificationChannel {

    /**
     * Jakarta Mail finds its StreamProvider with a ServiceLoader each time it encodes a header or
     * writes a body part (several times per message), scanning the web application's jars every
     * time — 5% of the portal's time in the notification benchmark. Its documented system property
     * names the implementation instead; set only when nobody has, and only to the implementation the
     * look-up would find (Angus Mail, which Payara Micro ships).
     */
    static {
        String property = "jakarta.mail.util.StreamProvider";
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(property) == null) {
            try {
                Class.forName(angus, false, Session.class.getClassLoader());
                System.setProperty(property, angus);
            } catch (ClassNotFoundException | LinkageError e) {
                // another Jakarta Mail implementation: leave its look-up alone
            }
        }
    }

    private static final Logger LOG = Logger.getLogger(EmailChannel.class.getName());

    private final Settings settings;
    private Session session;
    private Transport transport;
    /** False once Angus Mail's transport could not be extended here: hand-overs are not reported then. */
    private boolean reportsHandOver = true;

    public EmailChannel(PluginContext context) {
        this.settings = context.settings();
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public TextFormat format() {
        return TextFormat.PLAIN_AND_HTML;
    }

    @Override
    public int defaultRatePerSecond() {
        return 500;
    }

    @Override
    public String checkAddress(String address) {
        return Addresses.emailProblem(address);
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        send(m, HandOver.NONE);
    }

    @Override
    public synchronized void send(OutgoingMessage m, HandOver handOver) throws DeliveryException {
        MimeMessage mail;
        try {
            mail = compose(m);
        } catch (AddressException e) {
            throw DeliveryException.permanent("Địa chỉ thư không hợp lệ / invalid address: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw DeliveryException.permanent("The message could not be composed: " + e.getMessage(), e);
        }
        try {
            Transport t = transport();
            if (reportsHandOver) {
                HandOverTransport.send(t, mail, mail.getAllRecipients(), handOver::handedOver);
            } else {
                t.sendMessage(mail, mail.getAllRecipients());
            }
        } catch (SendFailedException e) {
            // the server refused the recipient (5xx): trying again will not help
            throw DeliveryException.permanent("Máy chủ thư từ chối người nhận / the mail server refused the recipient: "
                    + e.getMessage(), e);
        } catch (MessagingException e) {
            close();
            throw DeliveryException.transient_("Không gửi được tới máy chủ thư " + host() + ":" + port()
                    + " / SMTP failed: " + e.getMessage(), e);
        }
    }

    private MimeMessage compose(OutgoingMessage m) throws MessagingException {
        String messageId = "<" + m.key() + "@notify.portal>";
        MimeMessage mail = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // stable across attempts, unlike Jakarta Mail's own
            }
        };
        mail.setFrom(new InternetAddress(settings.get("mail.from").orElse("no-reply@localhost"), true));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), true));
        mail.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("X-Notification-Key", m.key());
        if (m.unsubscribeUrl() != null) {
            // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address
            mail.setHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
            mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (m.html() == null) {
            mail.setText(m.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            mail.setContent(alternative);
        }
        mail.saveChanges();
        return mail;
    }

    private Session session() {
        if (session == null) {
            Properties p = new Properties();
            p.put("mail.smtp.host", host());
            p.put("mail.smtp.port", Integer.toString(port()));
            p.put("mail.smtp.connectiontimeout", settings.get("mail.timeout-ms").orElse("10000"));
            p.put("mail.smtp.timeout", settings.get("mail.timeout-ms").orElse("10000"));
            p.put("mail.smtp.writetimeout", settings.get("mail.timeout-ms").orElse("10000"));
            p.put("mail.smtp.starttls.enable", settings.get("mail.smtp.starttls").orElse("false"));
            p.put("mail.smtp.auth", Boolean.toString(settings.get("mail.smtp.user").isPresent()));
            session = Session.getInstance(p);
        }
        return session;
    }

    private Transport transport() throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            transport = newTransport();
            String user = settings.get("mail.smtp.user").orElse(null);
            transport.connect(host(), port(), user, settings.get("mail.smtp.password").orElse(null));
        }
        return transport;
    }

    private Transport newTransport() throws MessagingException {
        if (reportsHandOver) {
            try {
                return HandOverTransport.open(session());
            } catch (LinkageError e) {
                // another Jakarta Mail implementation, or Angus Mail not visible to this plugin
                reportsHandOver = false;
                LOG.warning("[plugin=notify] Angus Mail's SMTP transport is not available (" + e
                        + "): e-mails are recorded as sent after the server's answer, so a kill -9 while"
                        + " waiting for it can repeat one");
            }
        }
        return session().getTransport("smtp");
    }

    /** Closes the kept connection (after an error, and when the plugin stops). */
    public synchronized void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is already broken; a new one is made for the next message
            }
            transport = null;
        }
    }

    private String host() {
        return settings.get("mail.smtp.host").orElse("localhost");
    }

    private int port() {
        return Integer.parseInt(settings.get("mail.smtp.port").orElse("25").trim());
    }
}
