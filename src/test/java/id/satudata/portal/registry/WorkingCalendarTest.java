package id.satudata.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.calendar.OfficeCalendar;
import id.satudata.portal.calendar.OfficeHours;
import id.satudata.portal.sop.DurationUnit;
import id.satudata.portal.sop.TimeStandard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time standards in the usual office hours, without holidays (see OfficeCalendarTest).
 */
class WorkingCalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final WorkingCalendar calendar = new WorkingCalendar(Clock.fixed(Instant.EPOCH, WITA),
            () -> new OfficeCalendar(WITA, OfficeHours.usual(), List.of()));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
    }

    @Test
    void aOneDayStepStartedOnMondayIsDueOnTuesdayAtTheSameTime() {
        // 2026-03-02 is a Monday
        assertThat(calendar.dueAt(at("2026-03-02T10:00"), TimeStandard.parse("1 hari")))
            .isEqualTo(at("2026-03-03T10:00"));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Friday + 1 working day = Monday; Thursday + 3 = Tuesday
        assertThat(calendar.dueAt(at("2026-03-06T14:30"), TimeStandard.parse("1 hari")))
            .isEqualTo(at("2026-03-09T14:30"));
        assertThat(calendar.dueAt(at("2026-03-05T09:00"), TimeStandard.parse("1-3 hari")))
            .isEqualTo(at("2026-03-10T09:00"));
    }

    @Test
    void aStepStartedOnSaturdayCountsFromTheOpeningOfTheNextWorkingDay() {
        assertThat(calendar.dueAt(at("2026-03-07T11:00"), TimeStandard.parse("1 hari")))
            .isEqualTo(at("2026-03-10T07:30"));
    }

    @Test
    void theUpperBoundOfARangeIsTheStandard() {
        assertThat(calendar.dueAt(at("2026-03-02T08:00"), TimeStandard.parse("1-2 hari")))
            .isEqualTo(at("2026-03-04T08:00"));
    }

    @Test
    void aWeekIsFiveWorkingDays() {
        assertThat(calendar.dueAt(at("2026-03-04T08:00"), TimeStandard.parse("1 minggu")))
            .isEqualTo(at("2026-03-11T08:00"));
    }

    @Test
    void aMonthIsACalendarMonthMovedOffTheWeekend() {
        assertThat(calendar.dueAt(at("2026-03-02T08:00"), TimeStandard.parse("1 bulan")))
            .isEqualTo(at("2026-04-02T08:00"));
        // 2026-01-30 + 1 month = 2026-02-28, a Saturday: due on Monday 2026-03-02
        assertThat(calendar.plus(at("2026-01-30T08:00"), 1, DurationUnit.MONTH)).isEqualTo(at("2026-03-02T08:00"));
    }

    @Test
    void kaltimOverallDurationIsHeldToFourMonths() {
        assertThat(calendar.dueAt(at("2026-03-02T08:00"), new TimeStandard(3, 4, DurationUnit.MONTH)))
            .isEqualTo(at("2026-07-02T08:00"));
    }

    @Test
    void minutesAndHoursAreOfficeMinutes() {
        // Friday 16:50 is after closing (16:30): counting starts on Monday at 07:30
        assertThat(calendar.dueAt(at("2026-03-06T16:50"), TimeStandard.parse("15 menit")))
            .isEqualTo(at("2026-03-09T07:45"));
        assertThat(calendar.dueAt(at("2026-03-06T23:30"), TimeStandard.parse("1 jam")))
            .isEqualTo(at("2026-03-09T08:30"));
    }

}
