package id.satudata.portal.registry;

import id.satudata.portal.calendar.CalendarRules;
import id.satudata.portal.calendar.OfficeCalendar;
import id.satudata.portal.sop.DurationUnit;
import id.satudata.portal.sop.TimeStandard;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due times of SOP steps, counted in the region's working calendar (office hours,
 * national holidays, cuti bersama and regional holidays, see {@link OfficeCalendar}). A
 * step is held to the upper bound of its time standard: "1-3 hari" is due three working
 * days after it started.
 */
@Component
public class WorkingCalendar {

    private final Clock clock;

    private final Supplier<OfficeCalendar> rules;

    @Autowired
    public WorkingCalendar(Clock clock, CalendarRules rules) {
        this(clock, rules::current);
    }

    WorkingCalendar(Clock clock, Supplier<OfficeCalendar> rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * This calendar counting in the given rules (e.g. the calendar a change has just
     * made).
     */
    WorkingCalendar with(OfficeCalendar calendar) {
        return new WorkingCalendar(clock, () -> calendar);
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
     * Adds an amount from the first office moment at or after {@code start}: MINUTE and
     * HOUR as office minutes; DAY as working days (same time of day); WEEK as five
     * working days; MONTH as calendar months, moved on to the next working day when it
     * ends on a closed day.
     */
    public Instant plus(Instant start, int amount, DurationUnit unit) {
        OfficeCalendar calendar = rules.get();
        return switch (unit) {
            case MINUTE -> calendar.plusOfficeMinutes(start, amount);
            case HOUR -> calendar.plusOfficeMinutes(start, 60L * amount);
            case DAY -> calendar.plusWorkingDays(start, amount);
            case WEEK -> calendar.plusWorkingDays(start, 5L * amount);
            case MONTH -> calendar.plusMonths(start, amount);
        };
    }

    /** Whether the day of this instant is a working day. */
    public boolean isWorkingDay(Instant instant) {
        return rules.get().isWorkingDay(instant.atZone(zone()).toLocalDate());
    }

}
