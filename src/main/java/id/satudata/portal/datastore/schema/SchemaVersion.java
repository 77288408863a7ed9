package id.satudata.portal.datastore.schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One kept schema of a dataset: the schema, the steps that led to it, who and when. */
public record SchemaVersion(int version, TableSchema schema, List<SchemaStep> steps, String changedBy,
        OffsetDateTime changedAt) {

    public SchemaVersion {
        steps = List.copyOf(steps);
    }

}
