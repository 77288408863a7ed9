package id.satudata.portal.calendar;

/**
 * Why the offices are closed on a day: a national holiday or collective leave (both fixed
 * each year by the SKB 3 Menteri), or a holiday of the region.
 */
public enum HolidayKind {

    NATIONAL, CUTI_BERSAMA, REGIONAL

}
