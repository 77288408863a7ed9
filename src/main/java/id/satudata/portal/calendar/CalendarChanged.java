package id.satudata.portal.calendar;

/**
 * Published inside the transaction that changes the working calendar, with the calendar
 * as it is after the change, so that features holding times counted in it (the registry's
 * due times) recount them in the same transaction.
 */
public record CalendarChanged(OfficeCalendar calendar) {

    /**
     * The change feed's kind for a change of the calendar (other instances drop their
     * copy).
     */
    public static final String FEED_KIND = "calendar.changed";

}
