package vn.portal.plugins.eform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Time limits counted in working days (Monday to Friday, minus the public holidays the
 * operator lists in {@code plugin.eform.holidays}), as procedures state them. A dossier
 * received on day D with a limit of N days is due at the end of the N-th working day after D
 * (a dossier received on a Saturday counts from Monday).
 */
final class WorkingDays {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final Set<LocalDate> holidays;

    WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    static WorkingDays parse(String list) {
        Set<LocalDate> days = new java.util.HashSet<>();
        if (list != null) {
            for (String s : list.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    days.add(LocalDate.parse(s.trim()));
                }
            }
        }
        return new WorkingDays(days);
    }

    boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The due time: 17:00 Vietnam time on the {@code days}-th working day after the day received. */
    ZonedDateTime due(ZonedDateTime received, int days) {
        LocalDate d = received.withZoneSameInstant(VIETNAM).toLocalDate();
        int left = Math.max(days, 0);
        while (left > 0) {
            d = d.plusDays(1);
            if (working(d)) {
                left--;
            }
        }
        if (days <= 0) {
            while (!working(d)) {
                d = d.plusDays(1);
            }
        }
        return d.atTime(END_OF_DAY).atZone(VIETNAM);
    }
}
