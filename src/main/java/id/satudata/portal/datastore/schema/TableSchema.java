package id.satudata.portal.datastore.schema;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.rollup.Rollups;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset's Frictionless-style table schema: its fields in order, an optional primary
 * key (names of required fields) and the cell texts that mean "no value"
 * ({@code missingValues}).
 */
public record TableSchema(List<SchemaField> fields, List<String> primaryKey, List<String> missingValues) {

    /**
     * The markers of a schema that names none: Frictionless's empty text and what
     * Indonesian statistics tables write for "no data" (BPS uses dashes, en dashes and
     * dots).
     */
    public static final List<String> DEFAULT_MISSING_VALUES = List.of("", "-", "--", "---", "\u2013", "\u2014", "..",
            "...", "NA", "N/A", "n/a", "null", "NULL");

    /** At most this many markers, each at most {@link #MAX_MISSING_LENGTH} characters. */
    public static final int MAX_MISSING_VALUES = 30;

    public static final int MAX_MISSING_LENGTH = 20;

    /** Names the system columns of every dataset table use; fields may not take them. */
    static final Set<String> RESERVED = Set.of("_row", "_load_id");

    public static final int MAX_FIELDS = 200;

    public TableSchema {
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        missingValues = List.copyOf(new java.util.LinkedHashSet<>(missingValues));
    }

    /** A schema with the default missing-value markers. */
    public TableSchema(List<SchemaField> fields, List<String> primaryKey) {
        this(fields, primaryKey, DEFAULT_MISSING_VALUES);
    }

    public static TableSchema empty() {
        return new TableSchema(List.of(), List.of());
    }

    public TableSchema withMissingValues(List<String> markers) {
        return new TableSchema(fields, primaryKey, markers);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Optional<SchemaField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public List<SchemaField> dimensions() {
        return fields.stream().filter(SchemaField::isDimension).toList();
    }

    public List<SchemaField> measures() {
        return fields.stream().filter(SchemaField::isMeasure).toList();
    }

    /** The dimensions kept in rollups (at most {@link Rollups#MAX_DIMENSIONS}). */
    public List<SchemaField> rollupDimensions() {
        return dimensions().stream().filter(f -> f.type().rollupDimension()).limit(Rollups.MAX_DIMENSIONS).toList();
    }

    /** Checks names, uniqueness and the primary key; throws on the first problem. */
    public TableSchema validate() {
        if (fields.size() > MAX_FIELDS) {
            throw new ValidationException("fields", "datastore.error.schema.tooManyFields", MAX_FIELDS);
        }
        Set<String> names = new HashSet<>();
        for (SchemaField field : fields) {
            if (!SchemaField.NAME.matcher(field.name()).matches() || RESERVED.contains(field.name())) {
                throw new ValidationException("fields", "datastore.error.schema.badName", field.name());
            }
            if (!names.add(field.name())) {
                throw new ValidationException("fields", "datastore.error.schema.duplicateName", field.name());
            }
            if (field.title().isBlank() || field.title().length() > 200) {
                throw new ValidationException("fields", "datastore.error.schema.badTitle", field.name());
            }
        }
        if (missingValues.size() > MAX_MISSING_VALUES
                || missingValues.stream().anyMatch(m -> m.length() > MAX_MISSING_LENGTH || !m.equals(m.strip()))) {
            throw new ValidationException("missingValues", "datastore.error.schema.badMissingValues",
                    MAX_MISSING_VALUES, MAX_MISSING_LENGTH);
        }
        Set<String> keyNames = new HashSet<>();
        for (String key : primaryKey) {
            SchemaField field = field(key)
                .orElseThrow(() -> new ValidationException("primaryKey", "datastore.error.schema.unknownKey", key));
            if (!keyNames.add(key)) {
                throw new ValidationException("primaryKey", "datastore.error.schema.duplicateName", key);
            }
            if (!field.required()) {
                throw new ValidationException("primaryKey", "datastore.error.schema.keyNotRequired", key);
            }
        }
        return this;
    }

    /** The fields in key order. */
    public List<SchemaField> keyFields() {
        List<SchemaField> keys = new ArrayList<>();
        primaryKey.forEach(k -> field(k).ifPresent(keys::add));
        return keys;
    }

}
