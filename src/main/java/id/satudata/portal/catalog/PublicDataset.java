package id.satudata.portal.catalog;

import id.satudata.portal.datastore.Dataset;

/**
 * A released dataset with everything its public page shows: the list entry, the full
 * metadata and the dataset record (schema, row count).
 */
public record PublicDataset(DatasetSummary summary, DatasetMetadata metadata, Dataset dataset) {
}
