package id.satudata.portal.datastore;

import id.satudata.portal.base.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
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
class DataTables {

    private final DSLContext db;

    private final RollupRepository rollups;

    DataTables(DSLContext db, RollupRepository rollups) {
        this.db = db;
        this.rollups = rollups;
    }

    void create(long datasetId, TableSchema schema) {
        CreateTableElementListStep create = db.createTableIfNotExists(DataTable.name(datasetId))
            .column(DataTable.ROW, SQLDataType.BIGINT.notNull())
            .column(DataTable.LOAD_ID, SQLDataType.BIGINT.notNull());
        for (Field field : schema.fields()) {
            create = create.column(DataTable.column(field));
        }
        create.constraints(DSL.constraint(DSL.name("ds_" + datasetId + "_pkey")).primaryKey(DataTable.ROW)).execute();
        createIndexes(datasetId, schema);
        rollups.recreate(datasetId, schema);
    }

    boolean exists(long datasetId) {
        return db.fetchExists(DSL.selectOne()
            .from(DSL.table(DSL.name("pg_tables")))
            .where(DSL.field(DSL.name("schemaname")).eq(DataTable.SCHEMA))
            .and(DSL.field(DSL.name("tablename")).eq("ds_" + datasetId)));
    }

    /**
     * Moves the table from one schema to the next: drops removed columns, adds new ones,
     * converts changed types (failing with a validation error when values do not
     * convert), then rebuilds indexes and rollups.
     */
    void change(long datasetId, TableSchema before, TableSchema after) {
        if (!exists(datasetId)) {
            create(datasetId, after);
            return;
        }
        Table<?> table = DataTable.table(datasetId);
        dropIndexes(datasetId);
        Map<String, Field> old = before.fields().stream().collect(Collectors.toMap(Field::name, Function.identity()));
        Map<String, Field> next = after.fields().stream().collect(Collectors.toMap(Field::name, Function.identity()));
        for (Field gone : before.fields()) {
            if (!next.containsKey(gone.name())) {
                db.alterTable(table).dropColumn(DSL.name(gone.name())).execute();
            }
        }
        for (Field field : after.fields()) {
            Field previous = old.get(field.name());
            if (previous == null) {
                db.alterTable(table).addColumn(DataTable.column(field)).execute();
            }
            else if (previous.type() != field.type()) {
                convert(datasetId, field);
            }
        }
        createIndexes(datasetId, after);
        rollups.recreate(datasetId, after);
    }

    private void convert(long datasetId, Field field) {
        Name column = DSL.name(field.name());
        try {
            db.execute("alter table {0} alter column {1} type {2} using {1}::{2}", DataTable.name(datasetId), column,
                    DSL.keyword(field.type().sqlName()));
        }
        catch (DataAccessException e) {
            throw new ValidationException("fields", "datastore.error.schema.typeChange", field.name(),
                    field.type().frictionless());
        }
    }

    private void createIndexes(long datasetId, TableSchema schema) {
        Table<?> table = DataTable.table(datasetId);
        if (!schema.primaryKey().isEmpty()) {
            List<org.jooq.Field<?>> keys = new ArrayList<>();
            schema.keyFields().forEach(f -> keys.add(DataTable.column(f)));
            db.createUniqueIndex(DSL.name("ds_" + datasetId + "_key")).on(table, keys).execute();
        }
        int n = 0;
        for (Field dim : schema.dimensions()) {
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
    void createSortIndex(long datasetId, Field column) {
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
    static String sortIndexName(long datasetId, Field column) {
        String hash = Integer.toHexString(column.name().hashCode());
        return "ds_" + datasetId + "_sort_" + hash;
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
