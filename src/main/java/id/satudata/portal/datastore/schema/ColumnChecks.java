package id.satudata.portal.datastore.schema;

import id.satudata.portal.datastore.DataTable;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Counts, before a schema change touches the table, the values it would lose or that
 * stand in its way: values of a dropped column, values that do not read as a new type
 * (PostgreSQL's own {@code pg_input_is_valid}, the test its cast applies), empty values
 * of a newly required column, repeated keys.
 */
@Repository
class ColumnChecks {

    /** How many sample values a finding names. */
    static final int SAMPLES = 5;

    private final DSLContext db;

    ColumnChecks(DSLContext db) {
        this.db = db;
    }

    boolean hasRows(long datasetId) {
        return db.fetchExists(DataTable.table(datasetId));
    }

    /** The non-empty values of the column, counted, with the first ones. */
    Finding values(long datasetId, String column) {
        return find(datasetId, column, DSL.field(DSL.name(column)).isNotNull());
    }

    /** The non-empty values of the column that do not read as the type. */
    Finding unconvertible(long datasetId, String column, FieldType type) {
        return find(datasetId, column, DSL.field(DSL.name(column))
            .isNotNull()
            .and(DSL.condition("not pg_input_is_valid({0}::text, {1})", DSL.name(column), DSL.inline(type.sqlName()))));
    }

    /** The rows where the column is empty. */
    Finding empty(long datasetId, String column) {
        return find(datasetId, column, DSL.field(DSL.name(column)).isNull());
    }

    /** How many key values appear in more than one row, and the first of them. */
    Finding repeatedKeys(long datasetId, List<String> columns) {
        var keys = columns.stream().map(c -> DSL.field(DSL.name(c))).toList();
        var keyText = DSL.field("concat_ws(', ', {0})", String.class,
                DSL.list(keys.stream().map(k -> k.cast(String.class)).toList()));
        var repeated = DSL.select(keyText.as("k"), DSL.min(DataTable.ROW).as("r"))
            .from(DataTable.table(datasetId))
            .groupBy(keys)
            .having(DSL.count().gt(1))
            .asTable("repeated");
        long count = db.fetchCount(repeated);
        List<DataLoss.Sample> first = count == 0 ? List.of()
                : db.select(repeated.field("r", Long.class), repeated.field("k", String.class))
                    .from(repeated)
                    .orderBy(repeated.field("r"))
                    .limit(SAMPLES)
                    .fetch(r -> new DataLoss.Sample(r.value1(), r.value2()));
        return new Finding(count, first);
    }

    private Finding find(long datasetId, String column, Condition where) {
        long count = db.fetchCount(DataTable.table(datasetId), where);
        List<DataLoss.Sample> first = count == 0 ? List.of()
                : db.select(DataTable.ROW, DSL.field(DSL.name(column)).cast(String.class))
                    .from(DataTable.table(datasetId))
                    .where(where)
                    .orderBy(DataTable.ROW)
                    .limit(SAMPLES)
                    .fetch(r -> new DataLoss.Sample(r.value1(), r.value2() == null ? "" : r.value2()));
        return new Finding(count, first);
    }

    /** How many rows or values were found, and the first few. */
    record Finding(long count, List<DataLoss.Sample> samples) {

        boolean any() {
            return count > 0;
        }

    }

}
