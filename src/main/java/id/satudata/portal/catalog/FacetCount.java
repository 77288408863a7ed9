package id.satudata.portal.catalog;

/** One value of a facet with its display name and number of datasets. */
public record FacetCount(String name, String displayName, long count) {
}
