package id.satudata.portal.datastore.query;

/**
 * Rows per period of a date or year column (e.g. "2021", "2021-03"), for quality charts.
 */
public record PeriodCount(String period, long rows) {
}
