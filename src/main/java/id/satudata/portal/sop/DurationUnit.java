package id.satudata.portal.sop;

/**
 * Units the SOPs use for their time standards ("15 menit", "1 jam", "1-3 hari", "1
 * minggu", "1 bulan").
 */
public enum DurationUnit {

    MINUTE, HOUR,
    /** A working day (Monday to Friday). */
    DAY,
    /** Five working days. */
    WEEK, MONTH

}
