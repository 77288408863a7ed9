package id.satudata.portal.search;

/**
 * A value of a facet with the number of datasets having it among the results.
 *
 * @param selected whether the query filters on this value
 */
public record FacetCount(String value, long count, boolean selected) {
}
