package vn.portal.kernel.core.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times on admin pages, in Vietnam's time zone whatever the server's: the people who
 * read them work there, and the audit log must be read against office hours.
 */
final class AdminTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private AdminTime() {
    }

    static String minutes(Instant t) {
        return t == null ? "" : MINUTES.format(t);
    }

    static String seconds(Instant t) {
        return t == null ? "" : SECONDS.format(t);
    }

    /** The first instant of a calendar day in Vietnam. */
    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }
}
