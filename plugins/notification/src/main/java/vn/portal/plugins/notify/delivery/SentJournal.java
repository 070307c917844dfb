package vn.portal.plugins.notify.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This node's record of messages that left the portal and whose "sent" mark may not be in the
 * database yet. Three kinds of lines, each appended with a single write():
 * <ul>
 * <li>{@code <key> <epoch millis>}: a channel accepted the message (its send() returned);
 * <li>{@code <key> handed-over <epoch millis>}: the message left for good and the receiver's answer
 *     is awaited (e-mail: the final "." of DATA is in the socket, the SMTP reply is not read yet);
 * <li>{@code <key> cancelled <epoch millis>}: the answer to that hand-over was a refusal or never
 *     came on a live connection; the sender retries or dead-letters the delivery as usual.
 * </ul>
 * A hand-over neither accepted nor cancelled means the portal stopped while waiting for the answer:
 * {@link #read} lists it as sent, answer unknown. The bytes are in the operating system's page
 * cache when write() returns, so they survive a kill -9 of the portal (not a power cut: no fsync,
 * which would cost more than the database commit it replaces). On start the sender marks what is
 * listed here as sent before sending anything, then empties the file; while running it empties the
 * file whenever every accepted message is marked in the database. See ADR 0006.
 */
final class SentJournal implements AutoCloseable {

    /** A key, perhaps a kind, and a time; anything else (a line torn by a power cut) is skipped. */
    private static final Pattern LINE = Pattern.compile("^([0-9a-f]{64}) (?:(handed-over|cancelled) )?(\\d{1,19})$");
    private static final String HANDED_OVER = "handed-over";
    private static final String CANCELLED = "cancelled";

    /**
     * What the journal says about one key.
     *
     * @param at         when the message was accepted, or handed over when its answer is unknown
     * @param answerRead false when the portal stopped after the hand-over, before the answer
     */
    record Listed(Instant at, boolean answerRead) {
    }

    private final Path file;
    private FileChannel channel;

    SentJournal(Path file) {
        this.file = file;
    }

    /** Notes that the message with this key was accepted now: one write() of about 80 bytes. */
    void append(String idemKey, Instant sentAt) {
        write(idemKey + " " + sentAt.toEpochMilli() + "\n");
    }

    /** Notes that the message with this key has left for good and its answer is awaited. */
    void appendHandOver(String idemKey, Instant at) {
        write(idemKey + " " + HANDED_OVER + " " + at.toEpochMilli() + "\n");
    }

    /** Takes back the last hand-over of this key: its answer was a refusal or a broken connection. */
    void appendCancel(String idemKey, Instant at) {
        write(idemKey + " " + CANCELLED + " " + at.toEpochMilli() + "\n");
    }

    private synchronized void write(String text) {
        byte[] line = text.getBytes(StandardCharsets.US_ASCII);
        try {
            ByteBuffer b = ByteBuffer.wrap(line);
            FileChannel c = channel();
            while (b.hasRemaining()) {
                c.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The keys to take as sent, in the order first listed: every accepted one (at its first
     * acceptance), and every hand-over not followed by an acceptance or a cancel. A last line without
     * its newline was torn (a power cut in the middle of the write) and is skipped.
     */
    synchronized Map<String, Listed> read() {
        Map<String, Listed> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sent journal " + file + ": " + e.getMessage(), e);
        }
        int end = text.lastIndexOf('\n'); // what follows the last newline was never completely written
        for (String line : text.substring(0, end + 1).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                apply(out, m.group(1), m.group(2), Instant.ofEpochMilli(Long.parseLong(m.group(3))));
            }
        }
        return out;
    }

    /** One line, in file order: an acceptance stays; a hand-over counts until accepted or cancelled. */
    private static void apply(Map<String, Listed> out, String key, String kind, Instant at) {
        Listed known = out.get(key);
        if (known != null && known.answerRead()) {
            return; // accepted once: later lines (a repeat after a crash) change nothing
        }
        if (kind == null) {
            out.put(key, new Listed(at, true));
        } else if (HANDED_OVER.equals(kind)) {
            out.put(key, new Listed(at, false));
        } else if (CANCELLED.equals(kind) && known != null) {
            out.remove(key);
        }
    }

    /** Bytes written since the last {@link #clear}. */
    synchronized long size() {
        try {
            return channel == null ? (Files.exists(file) ? Files.size(file) : 0) : channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Empties the file: call only when every accepted key in it is marked sent in the database and
     * no hand-over is waiting for its answer (the sender calls it between sends, on its own thread).
     */
    synchronized void clear() {
        try {
            channel().truncate(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the sent journal " + file + ": " + e.getMessage(), e);
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            Files.createDirectories(file.getParent());
            // APPEND: every write goes to the end, also after truncate
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        return channel;
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing buffered in this process: the bytes are the operating system's already
            }
            channel = null;
        }
    }
}
