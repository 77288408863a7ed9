package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.rollup.Rollups.Grouping;
import id.satudata.portal.datastore.rollup.Rollups.Kind;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The rollup table of a dataset ({@link Rollups}): built, rebuilt and merged into. */
@Repository
public class RollupRepository {

    private static final int BATCH = 1000;

    private final DSLContext db;

    RollupRepository(DSLContext db) {
        this.db = db;
    }

    /** Drops and creates the rollup table for this schema and fills it from the data. */
    public void recreate(long datasetId, TableSchema schema) {
        db.dropTableIfExists(DataTable.rollupName(datasetId)).execute();
        CreateTableElementListStep create = db.createTable(DataTable.rollupName(datasetId))
            .column(Rollups.G, SQLDataType.CLOB.notNull())
            .column(Rollups.V1, SQLDataType.CLOB)
            .column(Rollups.V2, SQLDataType.CLOB)
            .column(Rollups.ROWS, SQLDataType.BIGINT.notNull());
        for (SchemaField measure : schema.measures()) {
            for (Kind kind : Kind.values()) {
                create = create.column(kind.column(measure), kind.type(measure));
            }
        }
        create.execute();
        db.execute("create unique index {0} on {1} ({2}, {3}, {4}) nulls not distinct",
                DSL.name("ds_" + datasetId + "_rollup_key"), DataTable.rollupName(datasetId), DSL.name(Rollups.G),
                DSL.name(Rollups.V1), DSL.name(Rollups.V2));
        rebuild(datasetId, schema);
    }

    /** Empties the rollups (a replace load starts from nothing). */
    public void truncate(long datasetId) {
        db.truncate(DataTable.rollup(datasetId)).execute();
    }

    /** Recomputes every grouping from the data table with one GROUP BY each. */
    public void rebuild(long datasetId, TableSchema schema) {
        db.deleteFrom(DataTable.rollup(datasetId)).execute();
        for (Grouping grouping : Rollups.groupings(schema)) {
            List<Field<?>> groupBy = new ArrayList<>();
            List<SelectField<?>> select = new ArrayList<>();
            select.add(DSL.inline(grouping.key()));
            for (SchemaField dim : grouping.dimensions()) {
                groupBy.add(DataTable.column(dim));
                select.add(DataTable.column(dim).cast(SQLDataType.CLOB));
            }
            if (grouping.dimensions().size() == 1) {
                select.add(DSL.inline((String) null, SQLDataType.CLOB));
            }
            select.add(DSL.count());
            for (SchemaField measure : schema.measures()) {
                Field<Object> m = DataTable.column(measure);
                select.add(DSL.field("sum({0})", m));
                select.add(DSL.count(m));
                select.add(DSL.min(m));
                select.add(DSL.max(m));
            }
            db.insertInto(DataTable.rollup(datasetId))
                .columns(columns(schema))
                .select(DSL.select(select).from(DataTable.table(datasetId)).groupBy(groupBy))
                .execute();
        }
    }

    /** Adds the aggregates of newly appended rows to the rollups. */
    @SuppressWarnings("unchecked")
    public void merge(long datasetId, TableSchema schema, RollupAccumulator accumulated) {
        List<Field<Object>> columns = columns(schema);
        Table<Record> table = (Table<Record>) DataTable.rollup(datasetId);
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        updates.put(columns.get(3), plus(datasetId, "{0} + {1}", columns.get(3)));
        int i = 4;
        for (int m = 0; m < schema.measures().size(); m++) {
            updates.put(columns.get(i), plus(datasetId, "coalesce({0} + {1}, {0}, {1})", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "{0} + {1}", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "least({0}, {1})", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "greatest({0}, {1})", columns.get(i++)));
        }
        List<Object[]> rows = accumulated.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            InsertValuesStepN<Record> insert = db.insertInto(table).columns(columns);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                insert = insert.values(row);
            }
            insert.onConflict(columns.get(0), columns.get(1), columns.get(2)).doUpdate().set(updates).execute();
        }
    }

    private static Field<Object> plus(long datasetId, String template, Field<Object> column) {
        return DSL.field(template, Object.class, qualified(datasetId, column), DSL.excluded(column));
    }

    private static Field<Object> qualified(long datasetId, Field<Object> column) {
        return DSL.field(DSL.name(DataTable.SCHEMA, "ds_" + datasetId + "_rollup", column.getName()));
    }

    static List<Field<Object>> columns(TableSchema schema) {
        List<Field<Object>> columns = new ArrayList<>();
        columns.add(Rollups.col(Rollups.G, SQLDataType.CLOB));
        columns.add(Rollups.col(Rollups.V1, SQLDataType.CLOB));
        columns.add(Rollups.col(Rollups.V2, SQLDataType.CLOB));
        columns.add(Rollups.col(Rollups.ROWS, SQLDataType.BIGINT));
        for (SchemaField measure : schema.measures()) {
            for (Kind kind : Kind.values()) {
                columns.add(Rollups.col(kind.column(measure), kind.type(measure)));
            }
        }
        return columns;
    }

}
