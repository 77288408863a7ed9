package id.satudata.portal.calendar;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.sop.TimeStandard;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administrator maintains the working calendar; due times follow it, on PostgreSQL
 * with the seeded SKB 3 Menteri holidays.
 */
@PortalTest
class WorkingCalendarMaintenanceTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    CalendarService calendar;

    @Autowired
    WorkingCalendar working;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
    }

    @Test
    void aOneDayStepStartedTheDayBeforeIdulFitriIsDueAfterTheSeededCutiBersama() {
        // 2025: cuti bersama Nyepi 28 March, Nyepi 29, Idul Fitri 31 March-1 April, cuti
        // bersama
        // 2-4 and 7 April
        assertThat(working.dueAt(at("2025-03-27T10:00"), TimeStandard.parse("1 hari")))
            .isEqualTo(at("2025-04-08T10:00"));
        // 2026: closed from 18 to 24 March (Nyepi, Idul Fitri and their cuti bersama)
        assertThat(working.dueAt(at("2026-03-17T10:00"), TimeStandard.parse("1 hari")))
            .isEqualTo(at("2026-03-25T10:00"));
        // a "15 menit" step on Christmas Eve's eve waits for Monday after cuti bersama
        // and Christmas
        assertThat(working.dueAt(at("2026-12-23T15:50"), TimeStandard.parse("15 menit")))
            .isEqualTo(at("2026-12-28T07:35"));
    }

    @Test
    void aRegionalHolidayAddedByTheAdministratorMovesTheDueTimeOfAnOpenStep() {
        RegistryFixtures.Cast cast = fixtures.cast("Diskominfo");
        // Monday; Kaltim step 1 is "1 hari"
        Integration requested = fixtures.requestAt(cast, "KALTIM", at("2026-02-02T09:00"));
        assertThat(requested.currentStepDueAt()).isEqualTo(at("2026-02-03T09:00"));

        Holiday anniversary = as(cast.admin(), () -> calendar.addHoliday(
                new NewHoliday(LocalDate.of(2026, 2, 3), HolidayKind.REGIONAL, "Hari Jadi Daerah (uji)", "Perda uji")));
        try {
            Integration moved = as(cast.admin(), () -> registry.get(requested.id()));
            assertThat(moved.currentStepDueAt()).isEqualTo(at("2026-02-04T09:00"));
            // not a move of the integration: a form open on it keeps its version
            assertThat(moved.version()).isEqualTo(requested.version());
            assertThat(as(cast.admin(), () -> calendar.holidays(2026))).extracting(Holiday::name)
                .contains("Hari Jadi Daerah (uji)");
        }
        finally {
            as(cast.admin(), () -> {
                calendar.removeHoliday(anniversary.id());
                return null;
            });
        }
        assertThat(as(cast.admin(), () -> registry.get(requested.id())).currentStepDueAt())
            .isEqualTo(at("2026-02-03T09:00"));
    }

    @Test
    void changedOfficeHoursAreUsedForTheNextDueTime() {
        PortalUser admin = fixtures.cast("Bappeda").admin();
        Instant fridayAfternoon = at("2026-03-06T16:10");
        assertThat(working.dueAt(fridayAfternoon, TimeStandard.parse("15 menit"))).isEqualTo(at("2026-03-06T16:25"));
        as(admin, () -> {
            calendar
                .saveOfficeHours(List.of(new OfficeHours(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(16, 0))));
            return null;
        });
        try {
            assertThat(working.dueAt(fridayAfternoon, TimeStandard.parse("15 menit")))
                .isEqualTo(at("2026-03-09T07:45"));
        }
        finally {
            as(admin, () -> {
                calendar.saveOfficeHours(
                        List.of(new OfficeHours(DayOfWeek.FRIDAY, LocalTime.of(7, 30), LocalTime.of(16, 30))));
                return null;
            });
        }
        assertThat(working.dueAt(fridayAfternoon, TimeStandard.parse("15 menit"))).isEqualTo(at("2026-03-06T16:25"));
    }

    @Test
    void onlyAnAdministratorMaintainsTheCalendar() {
        RegistryFixtures.Cast cast = fixtures.cast("Dishub");
        NewHoliday holiday = new NewHoliday(LocalDate.of(2026, 2, 10), HolidayKind.REGIONAL, "Libur uji", null);
        List<OfficeHours> hours = List.of(OfficeHours.closed(DayOfWeek.FRIDAY));
        for (PortalUser user : List.of(cast.opdUser(), cast.teknis(), cast.pengawas(), cast.kadis())) {
            assertThatThrownBy(() -> as(user, () -> calendar.addHoliday(holiday))).as(user.username())
                .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> {
                calendar.saveOfficeHours(hours);
                return null;
            })).as(user.username()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> calendar.holidays(2026))).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.nobody();
        assertThatThrownBy(() -> calendar.removeHoliday(1)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(cast.admin(), () -> calendar.holidays(2026))).extracting(Holiday::name)
            .doesNotContain("Libur uji");
    }

    @Test
    void aDayThatIsAlreadyAHolidayIsRefusedWithItsName() {
        PortalUser admin = fixtures.cast("Dinkes").admin();
        assertThatThrownBy(() -> as(admin,
                () -> calendar.addHoliday(
                        new NewHoliday(LocalDate.of(2026, 3, 21), HolidayKind.REGIONAL, "Libur daerah uji", null))))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.field()).isEqualTo("day");
                assertThat(e.arguments()).containsExactly("Idul Fitri 1447 Hijriah");
            });
        assertThatThrownBy(() -> as(admin,
                () -> calendar.addHoliday(new NewHoliday(null, HolidayKind.REGIONAL, "Libur daerah uji", null))))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("day"));
        assertThatThrownBy(() -> as(admin,
                () -> calendar
                    .addHoliday(new NewHoliday(LocalDate.of(2026, 2, 11), HolidayKind.REGIONAL, " x ", null))))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void officeHoursMustCloseAfterTheyOpenAndLeaveAnOpenDay() {
        PortalUser admin = fixtures.cast("Dinkes").admin();
        assertThatThrownBy(() -> as(admin, () -> {
            calendar
                .saveOfficeHours(List.of(new OfficeHours(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(7, 30))));
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("hours-MONDAY"));
        assertThatThrownBy(() -> as(admin, () -> {
            calendar.saveOfficeHours(java.util.Arrays.stream(DayOfWeek.values()).map(OfficeHours::closed).toList());
            return null;
        })).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("hours"));
        assertThat(as(admin, () -> calendar.officeHours())).containsExactlyElementsOf(OfficeHours.usual());
    }

}
