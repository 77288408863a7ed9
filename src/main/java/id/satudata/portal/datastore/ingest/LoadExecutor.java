package id.satudata.portal.datastore.ingest;

import static id.satudata.portal.jooq.Tables.DATASET_LOAD;

import id.satudata.portal.datastore.CopyBuffer;
import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.DataTables;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetChanges;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.datastore.rollup.RollupAccumulator;
import id.satudata.portal.datastore.rollup.RollupDeltas;
import id.satudata.portal.datastore.rollup.RollupRepository;
import id.satudata.portal.datastore.rollup.Rollups.Grouping;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The data work of one load, inside the caller's transaction: validates every row against
 * the schema while streaming the valid ones into PostgreSQL COPY, numbers rows densely,
 * maintains the rollups, and throws {@link LoadRejected} (rolling everything back) when
 * any row fails.
 */
@Component
class LoadExecutor {

    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");

    private final DSLContext db;

    private final DataSource dataSource;

    private final DataTables tables;

    private final RollupRepository rollups;

    private final DataRows data;

    private final RollupDeltas deltas;

    private final DatasetRepository datasets;

    private final Clock clock;

    private final DatasetChanges changes;

    LoadExecutor(DSLContext db, DataSource dataSource, DataTables tables, RollupRepository rollups, DataRows data,
            RollupDeltas deltas, DatasetRepository datasets, Clock clock, DatasetChanges changes) {
        this.deltas = deltas;
        this.changes = changes;
        this.db = db;
        this.dataSource = dataSource;
        this.tables = tables;
        this.rollups = rollups;
        this.data = data;
        this.datasets = datasets;
        this.clock = clock;
    }

    /** Counts of an accepted load. */
    record Accepted(long rowsIn, long rowsAccepted, long rowCount) {
    }

    Accepted run(Dataset dataset, LoadMode mode, long loadId, SchemaRows rows, LoadReport report)
            throws IOException, SQLException {
        TableSchema schema = dataset.schema();
        if (!tables.exists(dataset.id())) {
            tables.create(dataset.id(), schema);
        }
        long start = 1;
        Name target = DataTable.name(dataset.id());
        long rowsBefore = mode == LoadMode.REPLACE ? 0 : data.maxRow(dataset.id());
        if (mode == LoadMode.APPEND) {
            start = rowsBefore + 1;
        }
        else if (mode == LoadMode.REPLACE) {
            db.truncate(DataTable.table(dataset.id())).execute();
            rollups.truncate(dataset.id());
        }
        else {
            target = DSL.name("_stage_" + loadId);
            db.execute("create temp table {0} (like {1} including defaults) on commit drop", target,
                    DataTable.name(dataset.id()));
        }
        RollupAccumulator accumulator = mode == LoadMode.UPSERT ? null
                : new RollupAccumulator(schema, rollups.kept(dataset.id(), schema, rowsBefore == 0), rowsBefore);
        long rowsIn = copy(dataset, target, start, loadId, rows, report, accumulator);
        if (mode == LoadMode.UPSERT) {
            upsert(dataset.id(), schema, target.last(), rowsBefore, rowsIn);
        }
        else if (accumulator.overflowed()) {
            rollups.rebuild(dataset.id(), schema, accumulator.stillKept());
        }
        else {
            rollups.retire(dataset.id(), accumulator.retire(rowsBefore + rowsIn));
            rollups.merge(dataset.id(), schema, accumulator);
        }
        long rowCount = data.maxRow(dataset.id());
        // the schema the payload was read with: kept payload + kept schema version
        // reproduce the load
        db.update(DATASET_LOAD)
            .set(DATASET_LOAD.SCHEMA_VERSION, dataset.schemaVersion())
            .where(DATASET_LOAD.ID.eq(loadId))
            .execute();
        datasets.recordLoad(dataset.id(), rowCount, OffsetDateTime.now(clock));
        if ((dataset.rowCount() == 0) != (rowCount == 0)) {
            // what the catalogue shows of rows is whether there are any (downloads)
            changes.announce(dataset.id());
        }
        return new Accepted(rowsIn, rowsIn, rowCount);
    }

    /**
     * Moves the staged rows into the table and keeps the rollups: per touched group when
     * the load is small beside the table, else by recomputing the kept groupings.
     */
    private void upsert(long datasetId, TableSchema schema, String stage, long rowsBefore, long rowsIn) {
        // temporary tables get no statistics otherwise: the joins below would be planned
        // blind
        db.execute("analyze {0}", DSL.name(stage));
        List<Grouping> kept = rollups.kept(datasetId, schema, rowsBefore == 0);
        if (!RollupDeltas.cheaperThanRebuild(rowsIn, rowsBefore)) {
            data.upsertFromStage(datasetId, schema, stage, rowsIn, rowsBefore);
            rollups.rebuild(datasetId, schema, kept);
            return;
        }
        deltas.stage(datasetId, schema, kept, stage);
        data.upsertFromStage(datasetId, schema, stage, rowsIn, rowsBefore);
        if (!deltas.apply(datasetId, schema, kept, data.maxRow(datasetId))) {
            rollups.rebuild(datasetId, schema, kept);
        }
    }

    private long copy(Dataset dataset, Name target, long start, long loadId, SchemaRows rows, LoadReport report,
            RollupAccumulator accumulator) throws IOException, SQLException {
        TableSchema schema = dataset.schema();
        RowChecker checker = new RowChecker(schema, clock.getZone(), report);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(target, schema));
        CopyBuffer buffer = new CopyBuffer(copy);
        List<Long> sourceRows = schema.primaryKey().isEmpty() ? null : new ArrayList<>();
        long rowsIn = 0;
        try {
            for (String[] texts = rows.next(report); texts != null; texts = rows.next(report)) {
                rowsIn++;
                Object[] values = checker.check(rows.row(), texts);
                if (report.errorCount() == 0) {
                    buffer.row(start + rowsIn - 1, loadId, values);
                    if (accumulator != null) {
                        accumulator.add(values);
                    }
                    if (sourceRows != null) {
                        sourceRows.add(rows.row());
                    }
                }
            }
            report.skipped(rows.skipped());
            if (report.errorCount() > 0) {
                copy.cancelCopy();
                throw new LoadRejected(rowsIn);
            }
            buffer.flush();
            copy.endCopy();
            return rowsIn;
        }
        catch (PSQLException e) {
            if ("23505".equals(e.getSQLState())) {
                report.add(copyLine(e, sourceRows), String.join(",", schema.primaryKey()), LoadProblem.DUPLICATE_KEY,
                        ErrorReason.KEY_EXISTS);
                throw new LoadRejected(rowsIn);
            }
            throw e;
        }
        finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static long copyLine(PSQLException e, List<Long> sourceRows) {
        String where = e.getServerErrorMessage() == null ? null : e.getServerErrorMessage().getWhere();
        if (where == null || sourceRows == null) {
            return 0;
        }
        Matcher m = COPY_LINE.matcher(where);
        if (!m.find()) {
            return 0;
        }
        int line = Integer.parseInt(m.group(1));
        return line >= 1 && line <= sourceRows.size() ? sourceRows.get(line - 1) : 0;
    }

    private String copySql(Name target, TableSchema schema) {
        List<Field<?>> columns = new ArrayList<>();
        columns.add(DataTable.ROW);
        columns.add(DataTable.LOAD_ID);
        schema.fields().forEach(f -> columns.add(DataTable.column(f)));
        return db.render(DSL.query("copy {0} ({1}) from stdin", target,
                DSL.list(columns.stream().map(c -> DSL.name(c.getName())).map(n -> (org.jooq.QueryPart) n).toList())));
    }

}
