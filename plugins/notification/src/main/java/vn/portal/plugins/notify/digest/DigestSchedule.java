package vn.portal.plugins.notify.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

/**
 * When digests go out: DAILY at a time of day, WEEKLY on a day of the week at that time, in
 * Vietnam's time zone. A held message is put in the first digest whose moment comes after it
 * was held; the job asks for the latest moment that has passed and sends everything held before it.
 *
 * @param at     the time of day (default 07:00)
 * @param weekly the day of weekly digests (default Monday)
 */
public record DigestSchedule(LocalTime at, DayOfWeek weekly, ZoneId zone) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** From the settings' texts ({@code plugin.notify.digest.time} = HH:mm, {@code …digest.weekly-day} = MONDAY…). */
    public static DigestSchedule of(String time, String weeklyDay) {
        return new DigestSchedule(time == null || time.isBlank() ? LocalTime.of(7, 0) : LocalTime.parse(time.strip()),
                weeklyDay == null || weeklyDay.isBlank() ? DayOfWeek.MONDAY
                        : DayOfWeek.valueOf(weeklyDay.strip().toUpperCase(java.util.Locale.ROOT)), VIETNAM);
    }

    /** The latest moment at or before {@code now} when a digest of this kind was due. */
    public Instant lastMoment(String digest, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.with(at).withSecond(0).withNano(0);
        if ("WEEKLY".equals(digest)) {
            ZonedDateTime m = today.with(TemporalAdjusters.previousOrSame(weekly));
            return (m.isAfter(local) ? m.minusWeeks(1) : m).toInstant();
        }
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    /** What the digest covers, for its subject: "21/11/2026", or "14/11 – 21/11/2026" for a week. */
    public String periodLabel(String digest, Instant moment) {
        ZonedDateTime end = moment.atZone(zone);
        if ("WEEKLY".equals(digest)) {
            return end.minusWeeks(1).format(DAY_MONTH) + " – " + end.format(DAY);
        }
        return end.format(DAY);
    }
}
