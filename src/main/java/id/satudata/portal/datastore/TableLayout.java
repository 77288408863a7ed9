package id.satudata.portal.datastore;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.List;
import java.util.Map;

/**
 * What a dataset's indexes and rollups are built from: the dimensions in order, the
 * primary key, the rolled-up dimensions and the measures with their types. Two schemas
 * with the same layout (after renames) keep the same indexes and rollup groupings.
 */
record TableLayout(List<String> dimensions, List<String> key, List<String> rollupDimensions, List<String> measures) {

    /** The layout of the schema with its fields renamed by {@code newNames}. */
    static TableLayout of(TableSchema schema, Map<String, String> newNames) {
        return new TableLayout(names(schema.dimensions(), newNames),
                schema.primaryKey().stream().map(n -> newNames.getOrDefault(n, n)).toList(),
                names(schema.rollupDimensions(), newNames),
                schema.measures()
                    .stream()
                    .map(m -> newNames.getOrDefault(m.name(), m.name()) + ":" + m.type())
                    .toList());
    }

    private static List<String> names(List<SchemaField> fields, Map<String, String> newNames) {
        return fields.stream().map(f -> newNames.getOrDefault(f.name(), f.name())).toList();
    }

}
