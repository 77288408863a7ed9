package id.satudata.portal.search;

/** An autocomplete entry: a dataset title starting with the typed words. */
public record Suggestion(long datasetId, String slug, String title) {
}
