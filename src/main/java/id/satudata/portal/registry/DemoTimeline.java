package id.satudata.portal.registry;

import id.satudata.portal.sop.TimeStandard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Office time for back-dating the demo: minutes counted on working days (of the working
 * calendar) from 08:00 to 16:00 only, over the last {@value #DAYS} working days up to
 * now. Minute {@code m} is on working day {@code m / 480}, at 08:00 plus {@code m % 480}
 * minutes.
 */
final class DemoTimeline {

    static final int DAY = 8 * 60;

    static final int DAYS = 130;

    private static final LocalTime OPENING = LocalTime.of(8, 0);

    private final ZoneId zone;

    private final List<LocalDate> days = new ArrayList<>();

    private final int now;

    DemoTimeline(Instant now, ZoneId zone, Predicate<LocalDate> isWorkingDay) {
        this.zone = zone;
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        while (days.size() < DAYS) {
            if (isWorkingDay.test(day)) {
                days.addFirst(day);
            }
            day = day.minusDays(1);
        }
        boolean today = days.getLast().equals(local.toLocalDate());
        int minutesToday = today
                ? (int) Math.max(0, Math.min(DAY, java.time.Duration.between(OPENING, local.toLocalTime()).toMinutes()))
                : DAY;
        this.now = (days.size() - 1) * DAY + minutesToday;
    }

    /** The office minute of now. */
    int now() {
        return now;
    }

    Instant at(int minute) {
        int index = Math.max(0, Math.min(days.size() - 1, minute / DAY));
        int ofDay = Math.max(0, minute - index * DAY);
        return days.get(index).atTime(OPENING).plusMinutes(Math.min(ofDay, DAY)).atZone(zone).toInstant();
    }

    /**
     * A time standard's upper bound in office minutes (a month taken as 21 working days).
     */
    static int minutesOf(TimeStandard standard) {
        return standard.max() * switch (standard.unit()) {
            case MINUTE -> 1;
            case HOUR -> 60;
            case DAY -> DAY;
            case WEEK -> 5 * DAY;
            case MONTH -> 21 * DAY;
        };
    }

}
