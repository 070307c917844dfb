package vn.portal.plugins.notify.channel;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport (the one Payara Micro ships) that reports when a message's final
 * "." of DATA has been written and flushed to the socket, before it reads the server's answer.
 * Bytes in the socket's send buffer reach the server even if the portal is killed, so from then
 * on the server will get the whole message; recording that instant instead of the "250" shrinks
 * the window in which a kill -9 makes the message go out twice from a network round trip to the
 * time of one journal write.
 *
 * <p>The hook: {@code finishData()} sends "." through the overridable {@code sendCommand(String)}
 * (Angus Mail 2.0.5; its {@code issueSendCommand} is private). Everything else — the answer, the
 * RSET after a refusal, the exceptions — is Angus Mail's own. Loaded only through {@link #open},
 * so the e-mail channel still works (without hand-overs) where Angus Mail is not visible.
 */
final class HandOverTransport extends SMTPTransport {

    private static final Logger LOG = Logger.getLogger(HandOverTransport.class.getName());

    /** Set for the duration of one {@link #send}; null otherwise. */
    private Runnable onHandOver;
    /** True while Angus Mail ends the DATA of the current message: the "." sent then is the hand-over. */
    private boolean finishingData;

    private HandOverTransport(Session session, URLName name) {
        super(session, name);
    }

    /** A new, unconnected transport for the session's "smtp" settings. */
    static Transport open(Session session) {
        return new HandOverTransport(session, new URLName("smtp", null, -1, null, null, null));
    }

    /**
     * Sends like {@link Transport#sendMessage}, calling {@code onHandOver} once the whole message is
     * on its way and before the server's answer is read. A plain transport just sends.
     */
    static void send(Transport transport, Message message, Address[] to, Runnable onHandOver) throws MessagingException {
        if (transport instanceof HandOverTransport t) {
            t.sendReporting(message, to, onHandOver);
        } else {
            transport.sendMessage(message, to);
        }
    }

    private synchronized void sendReporting(Message message, Address[] to, Runnable callback) throws MessagingException {
        onHandOver = callback;
        try {
            sendMessage(message, to);
        } catch (SMTPSendFailedException e) {
            if (e.getReturnCode() == -1) {
                // Angus Mail reports a connection closed instead of an answer (-1) as if the server had
                // refused the message; nobody refused anything, so it is not a SendFailedException
                // (which the channel takes as permanent) but a broken connection (worth retrying)
                throw new MessagingException("The connection closed before the mail server answered: "
                        + e.getMessage(), e);
            }
            throw temporaryOrAsIs(e);
        } catch (SendFailedException e) {
            throw temporaryOrAsIs(e);
        } finally {
            onHandOver = null;
        }
    }

    /**
     * A 4xx answer (to a recipient, or to the end of DATA) means "try again later" — a full mailbox, a
     * greylisting server, a queue that is full — yet Angus Mail throws it as the SendFailedException
     * the channel takes as permanent. Such a failure becomes a plain MessagingException: retried.
     */
    private static MessagingException temporaryOrAsIs(SendFailedException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            int code = x instanceof SMTPSendFailedException f ? f.getReturnCode()
                    : x instanceof SMTPAddressFailedException a ? a.getReturnCode() : 0;
            if (code >= 400 && code < 500) {
                return new MessagingException("The mail server asks to try again later (" + code + "): "
                        + x.getMessage(), e);
            }
        }
        return e;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        finishingData = true;
        try {
            super.finishData();
        } finally {
            finishingData = false;
        }
    }

    @Override
    protected void sendCommand(String cmd) throws MessagingException {
        super.sendCommand(cmd); // written and flushed to the socket when this returns
        if (finishingData && ".".equals(cmd) && onHandOver != null) {
            Runnable callback = onHandOver;
            onHandOver = null;
            try {
                callback.run();
            } catch (RuntimeException e) {
                // the answer must still be read, or the connection is out of step: the outcome
                // is then recorded the usual way (after the answer)
                LOG.log(Level.WARNING, "[plugin=notify] recording an e-mail's hand-over failed: " + e, e);
            }
        }
    }
}
