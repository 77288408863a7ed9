package id.satudata.portal.catalog;

/**
 * Counts for the public home page: released datasets, OPDs and topics having at least
 * one, rows of data in them.
 */
public record CatalogStats(long datasets, long organisations, long topics, long rows) {
}
