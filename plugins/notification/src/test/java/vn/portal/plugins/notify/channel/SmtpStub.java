package vn.portal.plugins.notify.channel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A one-connection SMTP server that answers everything with success except the end of DATA, which
 * it answers as told: a refusal, a closed connection, or nothing. It can hold that answer until the
 * test releases it, so a test sees what the client did before it was answered.
 */
final class SmtpStub implements AutoCloseable {

    /** What the stub does when the final "." of DATA arrives. */
    enum AfterData { ACCEPT, REFUSE_554, DEFER_451, CLOSE, SILENCE }

    private final ServerSocket server;
    private final Thread thread;
    private final AfterData after;
    /** The answer to RCPT TO. */
    private final String rcptAnswer;
    /** Counted down when the final "." has arrived. */
    final CountDownLatch dataEnded = new CountDownLatch(1);
    /** The test counts it down to let the stub answer the "."; already open unless held. */
    final CountDownLatch answer;

    SmtpStub(AfterData after, boolean holdAnswer) throws IOException {
        this(after, holdAnswer, "250 ok");
    }

    SmtpStub(AfterData after, boolean holdAnswer, String rcptAnswer) throws IOException {
        this.after = after;
        this.rcptAnswer = rcptAnswer;
        this.answer = new CountDownLatch(holdAnswer ? 1 : 0);
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "smtp-stub");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        try (Socket s = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = s.getOutputStream();
            say(out, "220 stub ESMTP");
            boolean inData = false;
            for (String line; (line = in.readLine()) != null; ) {
                if (inData) {
                    if (!line.equals(".")) {
                        continue;
                    }
                    inData = false;
                    dataEnded.countDown();
                    answer.await(10, TimeUnit.SECONDS);
                    switch (after) {
                        case ACCEPT -> say(out, "250 2.0.0 queued");
                        case REFUSE_554 -> say(out, "554 5.7.1 message refused");
                        case DEFER_451 -> say(out, "451 4.3.0 queue full, try again later");
                        case CLOSE -> {
                            return;
                        }
                        case SILENCE -> Thread.sleep(10_000);
                    }
                } else if (line.startsWith("EHLO")) {
                    say(out, "250 stub");
                } else if (line.equals("DATA")) {
                    inData = true;
                    say(out, "354 go ahead");
                } else if (line.startsWith("RCPT")) {
                    say(out, rcptAnswer);
                } else if (line.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 ok"); // HELO, MAIL, RSET, NOOP
                }
            }
        } catch (IOException | InterruptedException e) {
            // the test is over, or the client went away
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        answer.countDown();
        server.close();
        thread.interrupt();
    }
}
