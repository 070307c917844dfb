package vn.portal.plugins.notify.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    private final DigestSchedule s = DigestSchedule.of("07:00", "MONDAY");

    private static Instant vn(String local) {
        return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant();
    }

    @Test
    void aDailyDigestCoversWhatWasHeldBeforeSevenThisMorningOrYesterdayBeforeSeven() {
        assertEquals(vn("2026-11-21T07:00:00"), s.lastMoment("DAILY", vn("2026-11-21T07:00:00")));
        assertEquals(vn("2026-11-21T07:00:00"), s.lastMoment("DAILY", vn("2026-11-21T23:59:00")));
        assertEquals(vn("2026-11-20T07:00:00"), s.lastMoment("DAILY", vn("2026-11-21T06:59:59")));
    }

    @Test
    void aWeeklyDigestGoesOnMondaysAtSeven() {
        // 2026-11-23 is a Monday
        assertEquals(vn("2026-11-16T07:00:00"), s.lastMoment("WEEKLY", vn("2026-11-21T10:00:00")));
        assertEquals(vn("2026-11-16T07:00:00"), s.lastMoment("WEEKLY", vn("2026-11-23T06:30:00")));
        assertEquals(vn("2026-11-23T07:00:00"), s.lastMoment("WEEKLY", vn("2026-11-23T07:05:00")));
    }

    @Test
    void theMomentIsVietnamTimeWhateverTheServerZone() {
        // 00:30 UTC is 07:30 in Vietnam: today's daily digest is due
        assertEquals(Instant.parse("2026-11-21T00:00:00Z"), s.lastMoment("DAILY", Instant.parse("2026-11-21T00:30:00Z")));
    }

    @Test
    void periodLabels() {
        assertEquals("21/11/2026", s.periodLabel("DAILY", vn("2026-11-21T07:00:00")));
        assertEquals("16/11 – 23/11/2026", s.periodLabel("WEEKLY", vn("2026-11-23T07:00:00")));
    }

    @Test
    void settingsChooseTheTimeAndTheDay() {
        DigestSchedule friday = DigestSchedule.of("17:30", "friday");
        assertEquals(vn("2026-11-20T17:30:00"), friday.lastMoment("WEEKLY", vn("2026-11-21T08:00:00")));
        assertEquals(vn("2026-11-20T17:30:00"), friday.lastMoment("DAILY", vn("2026-11-21T08:00:00")));
    }
}
