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
        Map<String, SentJournal.Listed> read = new SentJournal(file).read();
        assertEquals(List.of(key(1), key(2)), List.copyOf(read.keySet()));
        assertEquals(new SentJournal.Listed(Instant.ofEpochMilli(1_000), true), read.get(key(1)));
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
        Map<String, SentJournal.Listed> read = new SentJournal(file).read();
        assertEquals(List.of(key(1), key(3)), List.copyOf(read.keySet()));
    }

    @Test
    void aHandOverWithoutItsAnswerIsTakenAsSentAnswerUnknown() {
        Path file = dir.resolve("sent.journal");
        SentJournal journal = new SentJournal(file);
        journal.appendHandOver(key(1), Instant.ofEpochMilli(1_000));
        journal.append(key(1), Instant.ofEpochMilli(1_005)); // the server's 250 was read
        journal.appendHandOver(key(2), Instant.ofEpochMilli(2_000)); // the portal died waiting for it
        Map<String, SentJournal.Listed> read = new SentJournal(file).read();
        assertEquals(List.of(key(1), key(2)), List.copyOf(read.keySet()));
        assertEquals(new SentJournal.Listed(Instant.ofEpochMilli(1_005), true), read.get(key(1)));
        assertEquals(new SentJournal.Listed(Instant.ofEpochMilli(2_000), false), read.get(key(2)));
    }

    @Test
    void aCancelTakesBackOnlyTheHandOverBeforeIt() {
        Path file = dir.resolve("sent.journal");
        SentJournal journal = new SentJournal(file);
        journal.appendHandOver(key(1), Instant.ofEpochMilli(1_000));
        journal.appendCancel(key(1), Instant.ofEpochMilli(1_001)); // refused: retried later
        journal.appendHandOver(key(2), Instant.ofEpochMilli(2_000));
        journal.appendCancel(key(2), Instant.ofEpochMilli(2_001));
        journal.appendHandOver(key(2), Instant.ofEpochMilli(3_000)); // the retry, in flight at the kill
        journal.append(key(3), Instant.ofEpochMilli(4_000));
        journal.appendCancel(key(3), Instant.ofEpochMilli(4_001)); // cannot undo an acceptance
        journal.appendCancel(key(4), Instant.ofEpochMilli(5_000)); // nothing to take back
        Map<String, SentJournal.Listed> read = new SentJournal(file).read();
        assertEquals(List.of(key(2), key(3)), List.copyOf(read.keySet()));
        assertEquals(new SentJournal.Listed(Instant.ofEpochMilli(3_000), false), read.get(key(2)));
        assertEquals(new SentJournal.Listed(Instant.ofEpochMilli(4_000), true), read.get(key(3)));
    }

    @Test
    void aLastLineWithoutItsNewlineWasTornAndIsSkipped() throws Exception {
        Path file = dir.resolve("sent.journal");
        // what follows the last newline is skipped even where it would parse: here a cancel cut short
        Files.writeString(file, key(1) + " handed-over 1000\n" + key(1) + " cancelled 10",
                StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE);
        assertEquals(Map.of(key(1), new SentJournal.Listed(Instant.ofEpochMilli(1_000), false)),
                new SentJournal(file).read());
        Files.writeString(file, key(2) + " 2000\n" + key(3) + " 30", StandardCharsets.ISO_8859_1,
                StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(List.of(key(2)), List.copyOf(new SentJournal(file).read().keySet()));
        Files.writeString(file, key(4) + " handed-ov", StandardCharsets.ISO_8859_1, StandardOpenOption.TRUNCATE_EXISTING);
        assertTrue(new SentJournal(file).read().isEmpty());
    }

    @Test
    void aMissingJournalIsEmpty() {
        assertTrue(new SentJournal(dir.resolve("none/sent.journal")).read().isEmpty());
    }
}
