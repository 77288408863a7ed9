package id.satudata.portal.datastore.rollup;

import id.satudata.portal.datastore.CopyBuffer;
import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.rollup.Rollups.Grouping;
import id.satudata.portal.datastore.rollup.Rollups.Kind;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/** The rollup table of a dataset ({@link Rollups}): built, rebuilt and merged into. */
@Repository
public class RollupRepository {

    private final DSLContext db;

    private final DataSource dataSource;

    RollupRepository(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
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
        // a filter on the second dimension of a pair (villages of one year) seeks too
        db.execute("create index {0} on {1} ({2}, {3})", DSL.name("ds_" + datasetId + "_rollup_v2"),
                DataTable.rollupName(datasetId), DSL.name(Rollups.G), DSL.name(Rollups.V2));
        // a dimension's most frequent values are read in order, not sorted (80,000
        // villages)
        db.execute("create index {0} on {1} ({2}, {3} desc, {4})", DSL.name("ds_" + datasetId + "_rollup_rows"),
                DataTable.rollupName(datasetId), DSL.name(Rollups.G), DSL.name(Rollups.ROWS), DSL.name(Rollups.V1));
        rebuild(datasetId, schema);
    }

    /**
     * Fields were renamed and the groupings stay the same: renames the measures' columns
     * and the groupings' keys in place (exact, no rebuild), through temporary names so
     * that two fields may swap names.
     */
    public void renameFields(long datasetId, TableSchema before, Map<String, String> newNames) {
        Table<?> rollup = DataTable.rollup(datasetId);
        List<String[]> columns = new ArrayList<>();
        for (SchemaField measure : before.measures()) {
            String to = newNames.get(measure.name());
            if (to != null) {
                for (Kind kind : Kind.values()) {
                    columns.add(new String[] { kind.column(measure), kind.column(measure.withName(to)) });
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            db.alterTable(rollup).renameColumn(DSL.name(columns.get(i)[0])).to(DSL.name("_renaming_" + i)).execute();
        }
        for (int i = 0; i < columns.size(); i++) {
            db.alterTable(rollup).renameColumn(DSL.name("_renaming_" + i)).to(DSL.name(columns.get(i)[1])).execute();
        }
        Field<String> g = DSL.field(DSL.name(Rollups.G), String.class);
        Map<String, String> keys = new LinkedHashMap<>();
        for (Grouping grouping : Rollups.groupings(before)) {
            List<String> names = grouping.dimensions()
                .stream()
                .map(d -> newNames.getOrDefault(d.name(), d.name()))
                .toList();
            String key = names.size() == 1 ? names.get(0) : Rollups.key(names.get(0), names.get(1));
            if (!key.equals(grouping.key())) {
                keys.put("_renaming_" + grouping.key(), key);
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        db.update(rollup)
            .set(g, DSL.inline("_renaming_").concat(g))
            .where(g.in(keys.keySet().stream().map(k -> k.substring("_renaming_".length())).toList()))
            .execute();
        org.jooq.CaseValueStep<String> byKey = DSL.choose(g);
        org.jooq.CaseWhenStep<String, String> renamed = null;
        for (Map.Entry<String, String> key : keys.entrySet()) {
            renamed = renamed == null ? byKey.when(DSL.inline(key.getKey()), DSL.inline(key.getValue()))
                    : renamed.when(DSL.inline(key.getKey()), DSL.inline(key.getValue()));
        }
        db.update(rollup).set(g, renamed.otherwise(g)).where(g.in(keys.keySet())).execute();
    }

    /** Empties the rollups (a replace load starts from nothing). */
    public void truncate(long datasetId) {
        db.truncate(DataTable.rollup(datasetId)).execute();
    }

    /**
     * The groupings a load maintains: every grouping of the schema for an empty table,
     * otherwise those the rollup table holds rows for (the others were found sparse).
     */
    public List<Grouping> kept(long datasetId, TableSchema schema, boolean emptyTable) {
        List<Grouping> groupings = Rollups.groupings(schema);
        if (emptyTable) {
            return groupings;
        }
        return groupings.stream()
            .filter(g -> db.fetchExists(DSL.selectOne()
                .from(DataTable.rollup(datasetId))
                .where(DSL.field(DSL.name(Rollups.G), String.class).eq(g.key()))))
            .toList();
    }

    /** Empties the groupings with these keys: they are no longer kept. */
    public void retire(long datasetId, List<String> keys) {
        if (!keys.isEmpty()) {
            db.deleteFrom(DataTable.rollup(datasetId))
                .where(DSL.field(DSL.name(Rollups.G), String.class).in(keys))
                .execute();
        }
    }

    /**
     * Recomputes every grouping from the data table in one scan ({@link GroupingSets}).
     */
    public void rebuild(long datasetId, TableSchema schema) {
        rebuild(datasetId, schema, Rollups.groupings(schema));
    }

    /**
     * Recomputes these groupings only (those {@link #kept} so far: the others were found
     * sparse and would be computed to be emptied again).
     */
    public void rebuild(long datasetId, TableSchema schema, List<Grouping> groupings) {
        List<SchemaField> dims = GroupingSets.dimensions(schema.rollupDimensions(), groupings);
        boolean throughCombinations = groupings.size() > 1 && fewCombinations(datasetId, dims);
        // not DELETE: each group inserted again would find its deleted row in the key
        // index and check it (a 200,000-group rebuild took twice as long); readers wait
        // for the load's commit, as for a replace
        truncate(datasetId);
        if (groupings.isEmpty()) {
            return;
        }
        List<Field<Object>> columns = Rollups.columns(schema);
        TableLike<?> from = DataTable.table(datasetId);
        List<SelectField<?>> aggregates = GroupingSets.aggregates(schema.measures());
        Name combinations = DSL.name("_rollup_combinations_" + datasetId);
        if (throughCombinations) {
            // the rows aggregated once per combination of all dimensions, then each
            // grouping from those few rows: a 30-column file's 100 aggregates were
            // computed once per grouping for every row of the table
            List<SelectField<?>> select = new ArrayList<>(dims.stream().map(DataTable::column).toList());
            for (int i = 0; i < aggregates.size(); i++) {
                select.add(((Field<?>) aggregates.get(i)).as(columns.get(3 + i).getName()));
            }
            db.execute("create temp table {0} as {1}", combinations,
                    DSL.select(select).from(from).groupBy(dims.stream().map(DataTable::column).toList()));
            from = DSL.table(combinations);
            aggregates = GroupingSets.reaggregates(columns.subList(3, columns.size()));
        }
        db.insertInto(DataTable.rollup(datasetId))
            .columns(columns)
            .select(GroupingSets.select(schema.rollupDimensions(), groupings, aggregates, from, DSL.noCondition()))
            .execute();
        if (throughCombinations) {
            db.execute("drop table {0}", combinations);
        }
        retireSparse(datasetId, schema, groupings.get(0).key());
    }

    /**
     * Whether the table's rows fall into a few combinations of these dimensions: the
     * product of their numbers of values, as the rollups kept so far count them, is under
     * a quarter of the rows (unknown when a dimension has no rollup of its own).
     */
    private boolean fewCombinations(long datasetId, List<SchemaField> dims) {
        Field<String> g = DSL.field(DSL.name(Rollups.G), String.class);
        Field<Long> rows = DSL.field(DSL.name(Rollups.ROWS), Long.class);
        var counts = db.select(g, DSL.count(), DSL.sum(rows).cast(Long.class))
            .from(DataTable.rollup(datasetId))
            .where(g.in(dims.stream().map(SchemaField::name).toList()))
            .groupBy(g)
            .fetch();
        if (counts.isEmpty() || counts.size() < dims.size()) {
            return false;
        }
        double combinations = 1;
        for (var count : counts) {
            combinations *= count.value2();
        }
        return combinations * 4 <= counts.get(0).value3();
    }

    /**
     * Empties the {@link Rollups#sparse sparse} groupings; the table's rows are those of
     * any one grouping.
     */
    private void retireSparse(long datasetId, TableSchema schema, String anyKey) {
        Field<String> g = DSL.field(DSL.name(Rollups.G), String.class);
        Long rows = db.select(DSL.sum(DSL.field(DSL.name(Rollups.ROWS), Long.class)).cast(Long.class))
            .from(DataTable.rollup(datasetId))
            .where(g.eq(anyKey))
            .fetchOne(0, Long.class);
        List<String> sparse = db.select(g, DSL.count())
            .from(DataTable.rollup(datasetId))
            .groupBy(g)
            .fetch()
            .stream()
            .filter(r -> Rollups.sparse(schema, r.value2(), rows == null ? 0 : rows))
            .map(r -> r.value1())
            .toList();
        retire(datasetId, sparse);
    }

    private static final Comparator<Object[]> IN_KEY_ORDER = Comparator.comparing((Object[] row) -> (String) row[0])
        .thenComparing(row -> (String) row[1], Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(row -> (String) row[2], Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * Adds the aggregates of newly appended rows to the rollups: COPY into a staging
     * table, then one INSERT ... ON CONFLICT (a statement per thousand groups cost more
     * than the load's own COPY); into an empty rollup table (a replace, a first load)
     * COPY alone.
     */
    @SuppressWarnings("unchecked")
    public void merge(long datasetId, TableSchema schema, RollupAccumulator accumulated) throws SQLException {
        List<Object[]> rows = accumulated.rows();
        if (rows.isEmpty()) {
            return;
        }
        // in the key index's order: insertions follow its leaf pages (twice as fast as
        // hash order)
        rows.sort(IN_KEY_ORDER);
        // the staging table and the COPY must share the load's connection
        Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
                "A rollup merge runs inside its load's transaction");
        List<Field<Object>> columns = Rollups.columns(schema);
        Table<Record> table = (Table<Record>) DataTable.rollup(datasetId);
        if (!db.fetchExists(table)) {
            copy(DataTable.rollupName(datasetId), columns, rows);
            return;
        }
        Map<Field<?>, Field<?>> updates = new LinkedHashMap<>();
        updates.put(columns.get(3), plus(datasetId, "{0} + {1}", columns.get(3)));
        int i = 4;
        for (int m = 0; m < schema.measures().size(); m++) {
            updates.put(columns.get(i), plus(datasetId, "coalesce({0} + {1}, {0}, {1})", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "{0} + {1}", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "least({0}, {1})", columns.get(i++)));
            updates.put(columns.get(i), plus(datasetId, "greatest({0}, {1})", columns.get(i++)));
        }
        // per dataset: the demo loads several datasets in one transaction
        Name stage = DSL.name("_rollup_stage_" + datasetId);
        db.execute("create temp table {0} (like {1})", stage, DataTable.rollupName(datasetId));
        copy(stage, columns, rows);
        db.insertInto(table)
            .columns(columns)
            .select(DSL.select(columns).from(DSL.table(stage)))
            .onConflict(columns.get(0), columns.get(1), columns.get(2))
            .doUpdate()
            .set(updates)
            .execute();
        db.execute("drop table {0}", stage);
    }

    private void copy(Name into, List<Field<Object>> columns, List<Object[]> rows) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = connection.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(db.render(DSL.query("copy {0} ({1}) from stdin", into,
                    DSL.list(columns.stream().map(c -> (org.jooq.QueryPart) DSL.name(c.getName())).toList()))));
        try {
            CopyBuffer buffer = new CopyBuffer(copy);
            for (Object[] row : rows) {
                buffer.row(row);
            }
            buffer.flush();
            copy.endCopy();
        }
        finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Field<Object> plus(long datasetId, String template, Field<Object> column) {
        return DSL.field(template, Object.class, qualified(datasetId, column), DSL.excluded(column));
    }

    private static Field<Object> qualified(long datasetId, Field<Object> column) {
        return DSL.field(DSL.name(DataTable.SCHEMA, "ds_" + datasetId + "_rollup", column.getName()));
    }

}
