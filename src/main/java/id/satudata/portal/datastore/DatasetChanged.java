package id.satudata.portal.datastore;

/**
 * A dataset was created or changed in the datastore (title, description, schema, rows):
 * published inside the changing transaction, for listeners after its commit, and
 * announced to every portal instance through the change feed as {@link #FEED_KIND}.
 */
public record DatasetChanged(long datasetId) {

    public static final String FEED_KIND = "dataset.changed";

}
