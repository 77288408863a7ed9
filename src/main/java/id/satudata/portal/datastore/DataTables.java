package id.satudata.portal.datastore;

import id.satudata.portal.datastore.rollup.RollupRepository;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.SchemaStep;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Builds and changes the typed table of a dataset from its schema with the jOOQ DSL:
 * system columns {@code _row} (dense row number, primary key) and {@code _load_id}, one
 * column per field, a unique index on the primary key, an index per dimension (for sorted
 * paging and filters), and the rollup table.
 */
@Repository
public class DataTables {

    /** Steps that change the table's data or layout: indexes and rollups are rebuilt. */
    private static final Set<SchemaStep.Kind> REBUILDING = Set.of(SchemaStep.Kind.ADD, SchemaStep.Kind.DROP,
            SchemaStep.Kind.RETYPE);

    private final DSLContext db;

    private final RollupRepository rollups;

    DataTables(DSLContext db, RollupRepository rollups) {
        this.db = db;
        this.rollups = rollups;
    }

    public void create(long datasetId, TableSchema schema) {
        CreateTableElementListStep create = db.createTableIfNotExists(DataTable.name(datasetId))
            .column(DataTable.ROW, SQLDataType.BIGINT.notNull())
            .column(DataTable.LOAD_ID, SQLDataType.BIGINT.notNull());
        for (SchemaField field : schema.fields()) {
            create = create.column(DataTable.column(field));
        }
        create.constraints(DSL.constraint(DSL.name("ds_" + datasetId + "_pkey")).primaryKey(DataTable.ROW)).execute();
        createIndexes(datasetId, schema);
        rollups.recreate(datasetId, schema);
    }

    public boolean exists(long datasetId) {
        return db.fetchExists(DSL.selectOne()
            .from(DSL.table(DSL.name("pg_tables")))
            .where(DSL.field(DSL.name("schemaname")).eq(DataTable.SCHEMA))
            .and(DSL.field(DSL.name("tablename")).eq("ds_" + datasetId)));
    }

    /**
     * Moves the table from one schema to the next by the change's steps: drops, renames
     * (the values stay: {@code RENAME COLUMN}), adds, converts types in place, then
     * rebuilds indexes and rollups. Values that do not convert fail the change, except in
     * the columns named in {@code emptyUnconvertible}, where they become empty; the
     * service has counted them and had the loss confirmed. A change that only renames
     * (the same dimensions, key and measures under new names) renames what the indexes
     * and rollups hold instead of rebuilding them.
     */
    public void change(long datasetId, TableSchema before, TableSchema after, List<SchemaStep> steps,
            Set<String> emptyUnconvertible) {
        if (!exists(datasetId)) {
            create(datasetId, after);
            return;
        }
        Table<?> table = DataTable.table(datasetId);
        List<SchemaStep> renames = steps.stream().filter(s -> s.kind() == SchemaStep.Kind.RENAME).toList();
        Map<String, String> newNames = new HashMap<>();
        renames.forEach(s -> newNames.put(s.detail(), s.field()));
        if (TableLayout.of(before, newNames).equals(TableLayout.of(after, Map.of()))
                && steps.stream().noneMatch(s -> REBUILDING.contains(s.kind()))) {
            rename(table, renames);
            renameSortIndexes(datasetId, newNames);
            rollups.renameFields(datasetId, before, newNames);
            return;
        }
        dropIndexes(datasetId);
        for (SchemaStep step : steps) {
            if (step.kind() == SchemaStep.Kind.DROP) {
                db.alterTable(table).dropColumn(DSL.name(step.field())).execute();
            }
        }
        rename(table, renames);
        for (SchemaStep step : steps) {
            SchemaField field = after.field(step.field()).orElse(null);
            if (step.kind() == SchemaStep.Kind.ADD && field != null) {
                db.alterTable(table).addColumn(DataTable.column(field)).execute();
            }
            else if (step.kind() == SchemaStep.Kind.RETYPE && field != null) {
                convert(datasetId, field, emptyUnconvertible.contains(field.name()));
            }
        }
        createIndexes(datasetId, after);
        rollups.recreate(datasetId, after);
    }

    /**
     * Renames through temporary names first, so that swapping two names or taking the
     * name of another renamed field never collides.
     */
    private void rename(Table<?> table, List<SchemaStep> renames) {
        for (int i = 0; i < renames.size(); i++) {
            db.alterTable(table)
                .renameColumn(DSL.name(renames.get(i).detail()))
                .to(DSL.name("_renaming_" + i))
                .execute();
        }
        for (int i = 0; i < renames.size(); i++) {
            db.alterTable(table)
                .renameColumn(DSL.name("_renaming_" + i))
                .to(DSL.name(renames.get(i).field()))
                .execute();
        }
    }

    /**
     * A renamed column keeps its sort index under the index name of its new name (through
     * temporary names, as the columns).
     */
    private void renameSortIndexes(long datasetId, Map<String, String> newNames) {
        List<Map.Entry<String, String>> renames = List.copyOf(newNames.entrySet());
        for (int i = 0; i < renames.size(); i++) {
            db.execute("alter index if exists {0} rename to {1}",
                    DSL.name(DataTable.SCHEMA, sortIndexName(datasetId, renames.get(i).getKey())),
                    DSL.name("ds_" + datasetId + "_sort_renaming_" + i));
        }
        for (int i = 0; i < renames.size(); i++) {
            db.execute("alter index if exists {0} rename to {1}",
                    DSL.name(DataTable.SCHEMA, "ds_" + datasetId + "_sort_renaming_" + i),
                    DSL.name(sortIndexName(datasetId, renames.get(i).getValue())));
        }
    }

    /**
     * Converts through the text form: exactly what {@code pg_input_is_valid} checked. A
     * column whose bad values the team agreed to lose keeps only the ones that read.
     */
    private void convert(long datasetId, SchemaField field, boolean emptyUnconvertible) {
        Name column = DSL.name(field.name());
        var type = DSL.keyword(field.type().sqlName());
        if (emptyUnconvertible) {
            db.execute(
                    "alter table {0} alter column {1} type {2} using case when pg_input_is_valid({1}::text, {3}) then {1}::text::{2} end",
                    DataTable.name(datasetId), column, type, DSL.inline(field.type().sqlName()));
        }
        else {
            db.execute("alter table {0} alter column {1} type {2} using {1}::text::{2}", DataTable.name(datasetId),
                    column, type);
        }
    }

    private void createIndexes(long datasetId, TableSchema schema) {
        Table<?> table = DataTable.table(datasetId);
        if (!schema.primaryKey().isEmpty()) {
            List<Field<?>> keys = new ArrayList<>();
            schema.keyFields().forEach(f -> keys.add(DataTable.column(f)));
            db.createUniqueIndex(DSL.name("ds_" + datasetId + "_key")).on(table, keys).execute();
        }
        int n = 0;
        for (SchemaField dim : schema.dimensions()) {
            db.createIndex(DSL.name("ds_" + datasetId + "_dim" + n++))
                .on(table, DataTable.column(dim), DataTable.ROW)
                .execute();
        }
    }

    /**
     * Creates the (column, _row) index that sorted pages of the column seek by, unless it
     * exists. CONCURRENTLY: loads and reads go on while it is built, so it must run
     * outside a transaction. A build that failed before (an invalid index is left behind)
     * is dropped and done again.
     */
    public void createSortIndex(long datasetId, SchemaField column) {
        String name = sortIndexName(datasetId, column);
        Boolean valid = db.select(DSL.field(DSL.name("i", "indisvalid"), Boolean.class))
            .from(DSL.table(DSL.name("pg_index")).as("i"))
            .join(DSL.table(DSL.name("pg_class")).as("c"))
            .on(DSL.field(DSL.name("c", "oid")).eq(DSL.field(DSL.name("i", "indexrelid"))))
            .join(DSL.table(DSL.name("pg_namespace")).as("n"))
            .on(DSL.field(DSL.name("n", "oid")).eq(DSL.field(DSL.name("c", "relnamespace"))))
            .where(DSL.field(DSL.name("n", "nspname")).eq(DataTable.SCHEMA))
            .and(DSL.field(DSL.name("c", "relname")).eq(name))
            .fetchOne(0, Boolean.class);
        if (Boolean.TRUE.equals(valid)) {
            return;
        }
        if (valid != null) {
            db.execute("drop index concurrently if exists {0}", DSL.name(DataTable.SCHEMA, name));
        }
        db.execute("create index concurrently if not exists {0} on {1} ({2}, {3})", DSL.name(name),
                DataTable.name(datasetId), DSL.name(column.name()), DSL.name(DataTable.ROW.getName()));
    }

    /**
     * Named by a hash of the column's name: names run to 55 characters, index names to
     * 63.
     */
    public static String sortIndexName(long datasetId, SchemaField column) {
        return sortIndexName(datasetId, column.name());
    }

    private static String sortIndexName(long datasetId, String column) {
        return "ds_" + datasetId + "_sort_" + Integer.toHexString(column.hashCode());
    }

    private void dropIndexes(long datasetId) {
        List<String> names = db.select(DSL.field(DSL.name("indexname"), String.class))
            .from(DSL.table(DSL.name("pg_indexes")))
            .where(DSL.field(DSL.name("schemaname")).eq(DataTable.SCHEMA))
            .and(DSL.field(DSL.name("tablename")).eq("ds_" + datasetId))
            .and(DSL.field(DSL.name("indexname")).ne("ds_" + datasetId + "_pkey"))
            .fetch(r -> r.value1());
        for (String index : names) {
            db.execute("drop index {0}", DSL.name(DataTable.SCHEMA, index));
        }
    }

}
