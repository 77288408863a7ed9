package id.satudata.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Office minutes and working days over the usual office hours and some holidays. */
class OfficeCalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static final OfficeCalendar USUAL = calendarClosedOn();

    private static OfficeCalendar calendarClosedOn(String... days) {
        return new OfficeCalendar(WITA, OfficeHours.usual(), Arrays.stream(days).map(LocalDate::parse).toList());
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
    }

    @Test
    void aFifteenMinuteStepStartedOnFridayAfternoonIsDueOnMondayMorning() {
        // 2026-03-06 is a Friday; the offices close at 16:30 on Fridays and open at 07:30
        assertThat(USUAL.plusOfficeMinutes(at("2026-03-06T16:25"), 15)).isEqualTo(at("2026-03-09T07:40"));
        assertThat(USUAL.plusOfficeMinutes(at("2026-03-06T16:50"), 15)).isEqualTo(at("2026-03-09T07:45"));
        assertThat(USUAL.plusOfficeMinutes(at("2026-03-06T16:15"), 15)).isEqualTo(at("2026-03-06T16:30"));
    }

    @Test
    void aFifteenMinuteStepStartedOnFridayAfternoonWaitsForTheDayAfterAMondayHoliday() {
        OfficeCalendar mondayOff = calendarClosedOn("2026-03-09");
        assertThat(mondayOff.plusOfficeMinutes(at("2026-03-06T16:25"), 15)).isEqualTo(at("2026-03-10T07:40"));
    }

    @Test
    void aStepStartedBeforeTheOfficesOpenStartsCountingAtOpening() {
        // Monday 06:00: counting starts at 07:30
        assertThat(USUAL.plusOfficeMinutes(at("2026-03-09T06:00"), 15)).isEqualTo(at("2026-03-09T07:45"));
        assertThat(USUAL.nextOfficeMoment(at("2026-03-09T06:00"))).isEqualTo(at("2026-03-09T07:30"));
        assertThat(USUAL.plusWorkingDays(at("2026-03-09T06:00"), 1)).isEqualTo(at("2026-03-10T07:30"));
    }

    @Test
    void anHourStepCarriesItsRestOverToTheNextWorkingMorning() {
        // Thursday closes at 16:00: 30 minutes on Thursday, 30 on Friday from 07:30
        assertThat(USUAL.plusOfficeMinutes(at("2026-03-05T15:30"), 60)).isEqualTo(at("2026-03-06T08:00"));
    }

    @Test
    void aOneDayStepStartedTheDayBeforeIdulFitriIsDueAfterTheCutiBersama() {
        // SKB 2026: Nyepi cuti bersama 18 March, Nyepi 19, cuti bersama 20, Idul Fitri
        // 21-22,
        // cuti bersama 23-24
        OfficeCalendar lebaran = calendarClosedOn("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22",
                "2026-03-23", "2026-03-24");
        assertThat(lebaran.plusWorkingDays(at("2026-03-17T10:00"), 1)).isEqualTo(at("2026-03-25T10:00"));
        assertThat(lebaran.plusOfficeMinutes(at("2026-03-17T15:55"), 15)).isEqualTo(at("2026-03-25T07:40"));
        assertThat(lebaran.isWorkingDay(LocalDate.parse("2026-03-23"))).isFalse();
        assertThat(lebaran.isWorkingDay(LocalDate.parse("2026-03-25"))).isTrue();
    }

    @Test
    void aDayStepKeepsItsTimeOfDayWithinTheOfficeHoursOfTheDayItEnds() {
        // started Friday 16:20 (open until 16:30); Monday closes at 16:00
        assertThat(USUAL.plusWorkingDays(at("2026-03-06T16:20"), 1)).isEqualTo(at("2026-03-09T16:00"));
    }

    @Test
    void aMonthEndingOnAClosedDayMovesToTheNextWorkingDay() {
        // 2026-01-30 (Friday) + 1 month = 2026-02-28, a Saturday
        assertThat(USUAL.plusMonths(at("2026-01-30T08:00"), 1)).isEqualTo(at("2026-03-02T08:00"));
        OfficeCalendar holiday = calendarClosedOn("2026-03-02");
        assertThat(holiday.plusMonths(at("2026-01-30T08:00"), 1)).isEqualTo(at("2026-03-03T08:00"));
    }

    @Test
    void officeHoursComeFromTheCalendarNotFromTheCode() {
        List<OfficeHours> saturdayToo = new java.util.ArrayList<>(OfficeHours.usual());
        saturdayToo.set(5,
                new OfficeHours(DayOfWeek.SATURDAY, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(12, 0)));
        OfficeCalendar sixDays = new OfficeCalendar(WITA, saturdayToo, List.of());
        assertThat(sixDays.plusOfficeMinutes(at("2026-03-06T16:25"), 15)).isEqualTo(at("2026-03-07T08:10"));
    }

    @Test
    void aCalendarWithoutAnOpenDayIsRefused() {
        List<OfficeHours> closed = Arrays.stream(DayOfWeek.values()).map(OfficeHours::closed).toList();
        assertThatThrownBy(() -> new OfficeCalendar(WITA, closed, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
