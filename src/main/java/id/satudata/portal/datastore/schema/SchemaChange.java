package id.satudata.portal.datastore.schema;

import java.util.List;
import java.util.Map;

/**
 * A schema change as the team asked for it: the schema wanted, which of its fields are
 * earlier fields under a new name (so their values move with them), and the data losses
 * the team has seen and accepted (dropped values, values that do not convert and become
 * empty).
 *
 * @param schema the schema wanted
 * @param previousNames new field name to its name before the change, for renamed fields
 * @param acceptedLosses the losses confirmed; the change goes ahead only if the losses it
 * would cause are exactly these
 */
public record SchemaChange(TableSchema schema, Map<String, String> previousNames, List<DataLoss> acceptedLosses) {

    public SchemaChange {
        previousNames = Map.copyOf(previousNames);
        acceptedLosses = List.copyOf(acceptedLosses);
    }

    /** A change without renames or accepted losses. */
    public static SchemaChange to(TableSchema schema) {
        return new SchemaChange(schema, Map.of(), List.of());
    }

    public SchemaChange renaming(String from, String to) {
        Map<String, String> names = new java.util.HashMap<>(previousNames);
        names.put(to, from);
        return new SchemaChange(schema, names, acceptedLosses);
    }

    public SchemaChange accepting(List<DataLoss> losses) {
        return new SchemaChange(schema, previousNames, losses);
    }

    /** The name a field of the wanted schema had before the change. */
    String previousName(String name) {
        return previousNames.getOrDefault(name, name);
    }

}
