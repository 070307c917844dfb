package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form-post reader, the tokens, the time limits and the workflow's moves. */
class MultipartAndSecretsTest {

    @Test
    void readsTextsAndFilesOfAMultipartPost() throws Exception {
        byte[] pdf = "%PDF-1.4\r\n--not-the-boundary\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String b = "----xyz";
        body.write(("--" + b + "\r\nContent-Disposition: form-data; name=\"hoTen\"\r\n\r\nNguye\u0302\u0303n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + b + "\r\nContent-Disposition: form-data; name=\"giay\"; filename=\"C:\\\\tmp\\\\giấy.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n\r\n--" + b
                + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Multipart m = Multipart.read("multipart/form-data; boundary=" + b, new ByteArrayInputStream(body.toByteArray()),
                10_000);
        assertEquals("Nguyễn", m.text("hoTen"), "NFC");
        assertEquals(1, m.files().size(), "an empty file input sends nothing");
        assertEquals("giấy.pdf", m.files().get(0).fileName(), "the path a browser may add is dropped");
        assertArrayEquals(pdf, m.files().get(0).bytes());
        assertThrows(Multipart.TooLarge.class, () -> Multipart.read("multipart/form-data; boundary=" + b,
                new ByteArrayInputStream(body.toByteArray()), 100));
    }

    @Test
    void readsUrlEncodedPosts() throws Exception {
        Multipart m = Multipart.read("application/x-www-form-urlencoded", new ByteArrayInputStream(
                "a=%C4%90%E1%BB%93ng&b=1&b=2".getBytes(StandardCharsets.US_ASCII)), 1000);
        assertEquals("Đồng", m.text("a"));
        assertEquals(List.of("1", "2"), m.texts().get("b"));
    }

    @Test
    void formTokensAreSignedAndExpire() {
        Secrets s = new Secrets("k".repeat(32).getBytes(StandardCharsets.UTF_8));
        String token = s.formToken("so-noi-vu", "mau", 1_000_000);
        assertTrue(s.validFormToken(token, "so-noi-vu", "mau", 1_000_100, 3600));
        assertFalse(s.validFormToken(token, "so-tai-chinh", "mau", 1_000_100, 3600), "another site");
        assertFalse(s.validFormToken(token, "so-noi-vu", "khac", 1_000_100, 3600), "another form");
        assertFalse(s.validFormToken(token, "so-noi-vu", "mau", 1_000_000 + 3601, 3600), "expired");
        assertFalse(s.validFormToken(token.substring(0, token.length() - 1) + "x", "so-noi-vu", "mau", 1_000_100, 3600));
        assertFalse(new Secrets("other-key-of-32-bytes-0123456789".getBytes(StandardCharsets.UTF_8))
                .validFormToken(token, "so-noi-vu", "mau", 1_000_100, 3600), "another portal's key");
        assertEquals(s.lookupToken("a", "resume"), s.lookupToken("a", "resume"), "a repeated submit gets the same token");
        assertNotEquals(s.lookupToken("a", "resume"), s.lookupToken("a", "resume2"));
        assertTrue(Secrets.matches("abc", Secrets.sha256("abc")));
        assertFalse(Secrets.matches("abd", Secrets.sha256("abc")));
    }

    @Test
    void timeLimitsCountWorkingDays() {
        WorkingDays days = WorkingDays.parse("2026-09-02");
        ZonedDateTime friday = LocalDate.of(2026, 8, 28).atTime(10, 0).atZone(WorkingDays.VIETNAM);
        assertEquals(DayOfWeek.FRIDAY, friday.getDayOfWeek());
        assertEquals(LocalDate.of(2026, 8, 31), days.due(friday, 1).toLocalDate(), "Friday + 1 = Monday");
        assertEquals(LocalDate.of(2026, 9, 3), days.due(friday, 3).toLocalDate(), "the holiday on 2 September is skipped");
        assertEquals(17, days.due(friday, 1).getHour());
        ZonedDateTime saturday = friday.plusDays(1);
        assertEquals(LocalDate.of(2026, 8, 31), days.due(saturday, 0).toLocalDate());
    }

    @Test
    void theWorkflowAllowsOnlyItsMoves() {
        assertTrue(Status.RECEIVED.canMoveTo(Status.IN_REVIEW));
        assertTrue(Status.IN_REVIEW.canMoveTo(Status.NEEDS_INFO));
        assertTrue(Status.NEEDS_INFO.canMoveTo(Status.IN_REVIEW));
        assertTrue(Status.APPROVED.canMoveTo(Status.RESULT_RETURNED));
        assertFalse(Status.RECEIVED.canMoveTo(Status.APPROVED), "reviewed first");
        assertFalse(Status.RESULT_RETURNED.canMoveTo(Status.IN_REVIEW), "finished");
        assertTrue(Status.needsComment(Status.REJECTED));
        assertEquals(Status.IN_REVIEW, Status.parse("in_review"));
        assertEquals(null, Status.parse("DONE"));
    }
}
