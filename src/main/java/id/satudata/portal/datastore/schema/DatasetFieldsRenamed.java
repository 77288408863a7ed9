package id.satudata.portal.datastore.schema;

import java.util.Map;

/**
 * Fields of a dataset were renamed (their values kept): published inside the schema
 * change's transaction so that what refers to columns by name (saved charts) follows in
 * the same transaction.
 *
 * @param newNames the new name of each renamed field, by its previous name
 */
public record DatasetFieldsRenamed(long datasetId, Map<String, String> newNames) {

    public DatasetFieldsRenamed {
        newNames = Map.copyOf(newNames);
    }

}
