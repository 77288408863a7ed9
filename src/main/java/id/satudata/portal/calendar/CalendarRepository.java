package id.satudata.portal.calendar;

import static id.satudata.portal.jooq.Tables.CALENDAR_HOLIDAY;
import static id.satudata.portal.jooq.Tables.OFFICE_HOURS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Holidays and office hours of the working calendar. */
@Repository
class CalendarRepository {

    private final DSLContext db;

    CalendarRepository(DSLContext db) {
        this.db = db;
    }

    List<OfficeHours> officeHours() {
        return db.selectFrom(OFFICE_HOURS)
            .orderBy(OFFICE_HOURS.WEEKDAY)
            .fetch(r -> new OfficeHours(DayOfWeek.of(r.getWeekday()), r.getOpens(), r.getCloses()));
    }

    void saveOfficeHours(OfficeHours hours) {
        db.insertInto(OFFICE_HOURS)
            .set(OFFICE_HOURS.WEEKDAY, hours.day().getValue())
            .set(OFFICE_HOURS.OPENS, hours.opens())
            .set(OFFICE_HOURS.CLOSES, hours.closes())
            .onConflict(OFFICE_HOURS.WEEKDAY)
            .doUpdate()
            .set(OFFICE_HOURS.OPENS, hours.opens())
            .set(OFFICE_HOURS.CLOSES, hours.closes())
            .execute();
    }

    List<LocalDate> closedDays() {
        return db.select(CALENDAR_HOLIDAY.DAY).from(CALENDAR_HOLIDAY).fetch(CALENDAR_HOLIDAY.DAY);
    }

    List<Holiday> holidays(int year) {
        return db.select()
            .from(CALENDAR_HOLIDAY)
            .where(CALENDAR_HOLIDAY.DAY.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
            .orderBy(CALENDAR_HOLIDAY.DAY)
            .fetch(CalendarRepository::toHoliday);
    }

    /** The years that have holidays, in order. */
    List<Integer> years() {
        var year = DSL.extract(CALENDAR_HOLIDAY.DAY, org.jooq.DatePart.YEAR);
        return db.selectDistinct(year).from(CALENDAR_HOLIDAY).orderBy(year).fetch(year);
    }

    Optional<Holiday> find(long id) {
        return db.select()
            .from(CALENDAR_HOLIDAY)
            .where(CALENDAR_HOLIDAY.ID.eq(id))
            .fetchOptional(CalendarRepository::toHoliday);
    }

    Optional<Holiday> findOn(LocalDate day) {
        return db.select()
            .from(CALENDAR_HOLIDAY)
            .where(CALENDAR_HOLIDAY.DAY.eq(day))
            .fetchOptional(CalendarRepository::toHoliday);
    }

    long insert(LocalDate day, HolidayKind kind, String name, @Nullable String source) {
        return db.insertInto(CALENDAR_HOLIDAY)
            .set(CALENDAR_HOLIDAY.DAY, day)
            .set(CALENDAR_HOLIDAY.KIND, kind.name())
            .set(CALENDAR_HOLIDAY.NAME, name)
            .set(CALENDAR_HOLIDAY.SOURCE, source)
            .returning(CALENDAR_HOLIDAY.ID)
            .fetchSingle(CALENDAR_HOLIDAY.ID);
    }

    boolean delete(long id) {
        return db.deleteFrom(CALENDAR_HOLIDAY).where(CALENDAR_HOLIDAY.ID.eq(id)).execute() == 1;
    }

    private static Holiday toHoliday(Record r) {
        return new Holiday(r.get(CALENDAR_HOLIDAY.ID), r.get(CALENDAR_HOLIDAY.DAY),
                HolidayKind.valueOf(r.get(CALENDAR_HOLIDAY.KIND)), r.get(CALENDAR_HOLIDAY.NAME),
                r.get(CALENDAR_HOLIDAY.SOURCE));
    }

}
