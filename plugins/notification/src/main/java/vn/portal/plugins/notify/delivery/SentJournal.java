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
 * This node's record of messages a channel accepted whose "sent" mark may not be in the database
 * yet: one line per message ({@code <idempotency key> <epoch millis>}), appended with a single
 * write() right after the channel's acceptance. The bytes are in the operating system's page cache
 * when write() returns, so they survive a kill -9 of the portal (not a power cut: no fsync, which
 * would cost more than the database commit it replaces). On start the sender marks what is listed
 * here as sent before sending anything, then empties the file; while running it empties the file
 * whenever every listed message is marked in the database. See ADR 0006.
 */
final class SentJournal implements AutoCloseable {

    /** A key and when it was sent; anything else (a line torn by a power cut) is skipped. */
    private static final Pattern LINE = Pattern.compile("^([0-9a-f]{64}) (\\d{1,19})$");

    private final Path file;
    private FileChannel channel;

    SentJournal(Path file) {
        this.file = file;
    }

    /** Notes that the message with this key was accepted now: one write() of about 80 bytes. */
    synchronized void append(String idemKey, Instant sentAt) {
        byte[] line = (idemKey + " " + sentAt.toEpochMilli() + "\n").getBytes(StandardCharsets.US_ASCII);
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

    /** The keys listed, with when each was sent (the first time, if listed twice). */
    synchronized Map<String, Instant> read() {
        Map<String, Instant> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    out.putIfAbsent(m.group(1), Instant.ofEpochMilli(Long.parseLong(m.group(2))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sent journal " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Bytes written since the last {@link #clear}. */
    synchronized long size() {
        try {
            return channel == null ? (Files.exists(file) ? Files.size(file) : 0) : channel.size();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Empties the file: call only when every key in it is marked sent in the database. */
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
