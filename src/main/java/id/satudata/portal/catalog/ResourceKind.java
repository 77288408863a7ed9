package id.satudata.portal.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The resources (CKAN) or distributions (DCAT) every released dataset publishes: its
 * whole table as CSV, JSON and XLSX downloads, and the datastore API.
 */
public enum ResourceKind {

    CSV("csv", "text/csv", true), JSON("json", "application/json", false),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false),
    API(null, "application/json", true);

    private final @Nullable String extension;

    private final String mediaType;

    private final boolean datastore;

    ResourceKind(@Nullable String extension, String mediaType, boolean datastore) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.datastore = datastore;
    }

    /** The download's file extension; null for the API. */
    public @Nullable String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the resource reads the dataset's table (CKAN {@code datastore_active}). */
    public boolean datastore() {
        return datastore;
    }

}
