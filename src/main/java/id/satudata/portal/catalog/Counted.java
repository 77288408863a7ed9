package id.satudata.portal.catalog;

/**
 * Something of the catalogue (an OPD, a topic, a tag, a licence) with the number of
 * released datasets it has.
 */
public record Counted<T>(T item, long datasets) {
}
