package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Writes to a dataset's typed table beyond COPY: row numbers and upserts. */
@Repository
class DataRows {

    /**
     * Probing the key index pays while the staged rows are under a quarter of the table.
     */
    private static final int TABLE_ROWS_PER_PROBE = 4;

    private final DSLContext db;

    DataRows(DSLContext db) {
        this.db = db;
    }

    /** The highest row number (= the row count, numbering is dense); 0 when empty. */
    long maxRow(long datasetId) {
        Long max = db.select(DSL.max(DataTable.ROW)).from(DataTable.table(datasetId)).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Applies staged rows by primary key: rows whose key exists are updated in place
     * (keeping their row number), the others are appended after {@code maxRow} in staging
     * order.
     * @param stage the name of the temporary table the load's rows were copied into
     * @param stagedRows how many rows it holds
     */
    void upsertFromStage(long datasetId, TableSchema schema, String stage, long stagedRows, long maxRow) {
        Table<?> staged = DSL.table(DSL.name(stage)).as("s");
        Condition sameKey = DSL.trueCondition();
        List<Field<?>> keys = new ArrayList<>();
        for (SchemaField key : schema.keyFields()) {
            sameKey = sameKey.and(DataTable.column("t", key).eq(DataTable.column("s", key)));
            keys.add(DataTable.column(key));
        }
        // few rows look their keys up in the key index (a 10% upsert: half the time of
        // hashing the whole table), many join the table whole
        boolean probe = stagedRows * TABLE_ROWS_PER_PROBE < maxRow;
        Table<?> existing = probe ? DSL
            .lateral(DSL.select(DataTable.ROW).from(DataTable.table(datasetId).as("t")).where(sameKey).limit(1))
            .as("t") : DataTable.table(datasetId).as("t");
        Field<Long> existingRow = DSL.field(DSL.name("t", "_row"), Long.class);
        Field<Long> row = DSL.coalesce(existingRow,
                DSL.inline(maxRow)
                    .plus(DSL.rowNumber()
                        .over(DSL.partitionBy(existingRow.isNull()).orderBy(DSL.field(DSL.name("s", "_row"))))));
        List<Field<?>> columns = new ArrayList<>(List.of(DataTable.ROW, DataTable.LOAD_ID));
        List<SelectField<?>> select = new ArrayList<>(List.of(row, DSL.field(DSL.name("s", "_load_id"))));
        Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
        set.put(DataTable.LOAD_ID, DSL.excluded(DataTable.LOAD_ID));
        for (SchemaField field : schema.fields()) {
            columns.add(DataTable.column(field));
            select.add(DataTable.column("s", field));
            if (!schema.primaryKey().contains(field.name())) {
                set.put(DataTable.column(field), DSL.excluded(DataTable.column(field)));
            }
        }
        db.insertInto(DataTable.table(datasetId))
            .columns(columns)
            .select(DSL.select(select).from(staged).leftJoin(existing).on(probe ? DSL.trueCondition() : sameKey))
            .onConflict(keys)
            .doUpdate()
            .set(set)
            .execute();
    }

}
