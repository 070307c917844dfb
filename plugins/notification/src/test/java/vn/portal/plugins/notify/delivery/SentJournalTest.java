package vn.portal.plugins.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentJournalTest {

    @TempDir
    Path dir;

    private static String key(int n) {
        return DeliveryQueue.idempotencyKey("event-" + n, "email", "a@example.vn");
    }

    @Test
    void whatWasAppendedIsReadBackByAnotherInstanceAsAfterAKill() {
        Path file = dir.resolve("plugins/notify/sent.journal");
        SentJournal journal = new SentJournal(file);
        journal.append(key(1), Instant.ofEpochMilli(1_000));
        journal.append(key(2), Instant.ofEpochMilli(2_000));
        journal.append(key(1), Instant.ofEpochMilli(3_000)); // listed twice: the first time counts
        // no close(): a kill -9 leaves the file as the operating system has it
        Map<String, Instant> read = new SentJournal(file).read();
        assertEquals(List.of(key(1), key(2)), List.copyOf(read.keySet()));
        assertEquals(Instant.ofEpochMilli(1_000), read.get(key(1)));
    }

    @Test
    void clearEmptiesTheFileAndLaterLinesGoToItsStart() throws Exception {
        SentJournal journal = new SentJournal(dir.resolve("sent.journal"));
        journal.append(key(1), Instant.ofEpochMilli(1_000));
        journal.clear();
        assertEquals(0, journal.size());
        journal.append(key(2), Instant.ofEpochMilli(2_000));
        assertEquals(List.of(key(2)), List.copyOf(journal.read().keySet()));
        assertEquals(key(2) + " 2000\n", Files.readString(dir.resolve("sent.journal")));
        journal.close();
    }

    @Test
    void tornOrForeignLinesAreSkipped() throws Exception {
        Path file = dir.resolve("sent.journal");
        Files.writeString(file, key(1) + " 1000\n" + key(2).substring(0, 30) + "\n\0\0\0\n" + key(3) + " 3000\n",
                StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE);
        Map<String, Instant> read = new SentJournal(file).read();
        assertEquals(List.of(key(1), key(3)), List.copyOf(read.keySet()));
    }

    @Test
    void aMissingJournalIsEmpty() {
        assertTrue(new SentJournal(dir.resolve("none/sent.journal")).read().isEmpty());
    }
}
