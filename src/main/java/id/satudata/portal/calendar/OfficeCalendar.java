package id.satudata.portal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Office time of the region at one moment of the calendar's history (immutable): which
 * days are working days (an open weekday that is no holiday) and when the offices are
 * open on them. It counts time standards the way the offices do: in office minutes and in
 * working days, from the first office moment at or after a start.
 */
public final class OfficeCalendar {

    /** No search for a working day runs further than this (a guard, not a rule). */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;

    private final Map<DayOfWeek, OfficeHours> hours = new EnumMap<>(DayOfWeek.class);

    private final Set<LocalDate> closedDays;

    /**
     * @throws IllegalArgumentException when no weekday has office hours
     */
    public OfficeCalendar(ZoneId zone, Collection<OfficeHours> weekHours, Collection<LocalDate> closedDays) {
        this.zone = zone;
        weekHours.stream().filter(OfficeHours::isOpen).forEach(h -> hours.put(h.day(), h));
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("A working calendar needs at least one open weekday");
        }
        this.closedDays = Set.copyOf(closedDays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the offices open on this day: an open weekday that is no holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return hoursOn(day) != null;
    }

    /** The first moment at or after {@code at} when the offices are open. */
    public Instant nextOfficeMoment(Instant at) {
        return instant(officeMoment(local(at)));
    }

    /**
     * A number of office minutes after {@code start}, counted from the first office
     * moment: 15 minutes from Friday 16:25 (offices close 16:30) end on Monday 07:40.
     */
    public Instant plusOfficeMinutes(Instant start, long minutes) {
        LocalDateTime at = officeMoment(local(start));
        Duration left = Duration.ofMinutes(minutes);
        for (int day = 0; day < MAX_DAYS * 5; day++) {
            LocalTime closes = requireHours(at.toLocalDate()).closes();
            Duration today = Duration.between(at.toLocalTime(), closes);
            if (left.compareTo(today) <= 0) {
                return instant(at.plus(left));
            }
            left = left.minus(today);
            at = officeMoment(at.toLocalDate().atTime(closes));
        }
        throw new IllegalStateException("Cannot count " + minutes + " office minutes from " + start);
    }

    /**
     * A number of working days after {@code start}: the same time of day on the n-th
     * working day after the first office moment, kept within that day's office hours.
     */
    public Instant plusWorkingDays(Instant start, long days) {
        LocalDateTime from = officeMoment(local(start));
        LocalDate day = from.toLocalDate();
        long left = days;
        for (int step = 0; left > 0; step++) {
            if (step > MAX_DAYS * Math.max(1, days)) {
                throw new IllegalStateException("Cannot count " + days + " working days from " + start);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return instant(within(day, from.toLocalTime()));
    }

    /**
     * Calendar months after the first office moment of {@code start} (a month holds its
     * own holidays), moved on to the next working day when it ends on a closed day.
     */
    public Instant plusMonths(Instant start, int months) {
        LocalDateTime to = officeMoment(local(start)).plusMonths(months);
        LocalDate day = to.toLocalDate();
        for (int step = 0; !isWorkingDay(day); step++) {
            if (step > MAX_DAYS) {
                throw new IllegalStateException("No working day after " + day);
            }
            day = day.plusDays(1);
        }
        return instant(within(day, to.toLocalTime()));
    }

    private LocalDateTime officeMoment(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        for (int step = 0; step < MAX_DAYS; step++) {
            OfficeHours open = hoursOn(day);
            if (open != null && time.isBefore(open.closes())) {
                return day.atTime(time.isBefore(open.opens()) ? open.opens() : time);
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS + " days of " + at);
    }

    /** The time on a working day, moved into its office hours. */
    private LocalDateTime within(LocalDate day, LocalTime time) {
        OfficeHours open = requireHours(day);
        if (time.isBefore(open.opens())) {
            return day.atTime(open.opens());
        }
        return day.atTime(time.isAfter(open.closes()) ? open.closes() : time);
    }

    private @Nullable OfficeHours hoursOn(LocalDate day) {
        return closedDays.contains(day) ? null : hours.get(day.getDayOfWeek());
    }

    private OfficeHours requireHours(LocalDate day) {
        OfficeHours open = hoursOn(day);
        if (open == null) {
            throw new IllegalStateException(day + " is no working day");
        }
        return open;
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }

    private Instant instant(LocalDateTime at) {
        return at.atZone(zone).toInstant();
    }

}
