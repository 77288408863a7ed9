package id.satudata.portal.registry;

import id.satudata.portal.sop.DurationUnit;
import id.satudata.portal.sop.TimeStandard;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Due times of SOP steps in the region's time zone, on working days Monday to Friday
 * (public holidays are not known to it). A step is held to the upper bound of its time
 * standard: "1-3 hari" is due three working days after it started.
 */
@Component
public class WorkingCalendar {

    private final Clock clock;

    public WorkingCalendar(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** When a step that started at {@code start} is due by its time standard. */
    public Instant dueAt(Instant start, TimeStandard standard) {
        return plus(start, standard.max(), standard.unit());
    }

    /**
     * Adds an amount: MINUTE and HOUR as given; DAY as working days (same time of day);
     * WEEK as five working days; MONTH as calendar months, moved on to the next working
     * day when it lands on a weekend.
     */
    public Instant plus(Instant start, int amount, DurationUnit unit) {
        ZonedDateTime from = start.atZone(zone());
        return switch (unit) {
            case MINUTE -> start.plus(Duration.ofMinutes(amount));
            case HOUR -> start.plus(Duration.ofHours(amount));
            case DAY -> plusWorkingDays(from, amount).toInstant();
            case WEEK -> plusWorkingDays(from, 5L * amount).toInstant();
            case MONTH -> nextWorkingDay(from.plusMonths(amount)).toInstant();
        };
    }

    /** Whether the day of this instant is a working day (Monday to Friday). */
    public boolean isWorkingDay(Instant instant) {
        return isWorkingDay(instant.atZone(zone()));
    }

    private static ZonedDateTime plusWorkingDays(ZonedDateTime from, long days) {
        ZonedDateTime date = from;
        long left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    private static ZonedDateTime nextWorkingDay(ZonedDateTime date) {
        ZonedDateTime day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWorkingDay(ZonedDateTime date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

}
