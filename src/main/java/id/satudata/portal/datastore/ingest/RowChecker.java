package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.datastore.schema.Values;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Validates one row's texts against the schema: removes invisible characters, reads the
 * schema's missing-value markers as empty (both counted in the report), checks types,
 * required values, unique primary key within the load. Problems go to the report; returns
 * the typed values.
 */
final class RowChecker {

    private final TableSchema schema;

    private final Values values;

    private final LoadReport report;

    private final int[] keyIndexes;

    private final KeySet keys = new KeySet();

    RowChecker(TableSchema schema, ZoneId zone, LoadReport report) {
        this.schema = schema;
        this.values = new Values(zone, schema.missingValues());
        this.report = report;
        this.keyIndexes = schema.primaryKey().stream().mapToInt(schema::indexOf).toArray();
    }

    @Nullable Object[] check(long row, String[] texts) {
        Object[] typed = new Object[texts.length];
        boolean keyComplete = true;
        for (int i = 0; i < texts.length; i++) {
            SchemaField field = schema.fields().get(i);
            String text = texts[i];
            if (text != null) {
                String clean = InvisibleCharacters.clean(text);
                if (clean != text) {
                    report.cleaned(row, field.name());
                    text = clean;
                }
                if (!text.isBlank() && values.missing(text)) {
                    report.readAsMissing();
                }
            }
            try {
                typed[i] = values.parse(field, text);
            }
            catch (Values.BadValue e) {
                report.add(row, field.name(), LoadProblem.WRONG_TYPE, e.reason(), e.value());
                keyComplete = false;
                continue;
            }
            if (typed[i] == null && field.required()) {
                report.add(row, field.name(), LoadProblem.MISSING_REQUIRED, ErrorReason.VALUE_REQUIRED);
                keyComplete = false;
            }
        }
        if (keyIndexes.length > 0 && keyComplete) {
            String[] key = new String[keyIndexes.length];
            for (int k = 0; k < keyIndexes.length; k++) {
                key[k] = String.valueOf(typed[keyIndexes[k]]);
            }
            if (!keys.add(key)) {
                report.add(row, String.join(",", schema.primaryKey()), LoadProblem.DUPLICATE_KEY,
                        ErrorReason.KEY_TWICE_IN_LOAD, String.join(", ", key));
            }
        }
        return typed;
    }

}
