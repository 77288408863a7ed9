package id.satudata.portal.datastore;

import id.satudata.portal.datastore.rollup.RollupRepository;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a dataset of {@link #SCHEMA} with generated rows inside PostgreSQL (for
 * benchmarks of other features): Kaltim BPS kab/kota codes, years, sex, amounts; the
 * rollups are rebuilt and the row count recorded as a load would.
 */
@Component
public class GeneratedRows {

    public static final TableSchema SCHEMA = new TableSchema(
            java.util.List.of(
                    new SchemaField("kode_wilayah", "Kode Wilayah", FieldType.STRING, null, true, FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                    new SchemaField("jenis_kelamin", "Jenis Kelamin", FieldType.STRING, null, true,
                            FieldRole.DIMENSION),
                    new SchemaField("jumlah", "Jumlah", FieldType.INTEGER, "jiwa", true, FieldRole.MEASURE)),
            java.util.List.of());

    /**
     * Village level (like Jabar's IDM files): village code, year, sex, a count; filled
     * with every combination of {@link #VILLAGES} villages, 10 years and 2 sexes.
     */
    public static final TableSchema VILLAGE_SCHEMA = new TableSchema(
            java.util.List.of(
                    new SchemaField("kode_desa", "Kode Desa", FieldType.STRING, null, true, FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                    new SchemaField("jenis_kelamin", "Jenis Kelamin", FieldType.STRING, null, true,
                            FieldRole.DIMENSION),
                    new SchemaField("jumlah", "Jumlah", FieldType.INTEGER, "jiwa", true, FieldRole.MEASURE)),
            java.util.List.of());

    public static final int VILLAGES = 80_000;

    private final DSLContext db;

    private final RollupRepository rollups;

    private final DatasetRepository datasets;

    private final TransactionTemplate transactions;

    GeneratedRows(DSLContext db, RollupRepository rollups, DatasetRepository datasets,
            TransactionTemplate transactions) {
        this.db = db;
        this.rollups = rollups;
        this.datasets = datasets;
        this.transactions = transactions;
    }

    /**
     * Fills a dataset of {@link #VILLAGE_SCHEMA}: row g is village g mod 80,000, year
     * 2015 + (g / 80,000) mod 10, sex by (g / 800,000) mod 2, so that every combination
     * occurs from 1,600,000 rows on. The dimension indexes are built after the rows (as a
     * bulk load would), then the rollups.
     */
    public void fillVillages(long datasetId, long rows) {
        transactions.executeWithoutResult(status -> {
            java.util.List<String> indexes = db
                .fetch("select indexname, indexdef from pg_indexes where schemaname = {0} and tablename = {1}"
                        + " and indexname <> {2}", DataTable.SCHEMA, "ds_" + datasetId, "ds_" + datasetId + "_pkey")
                .map(r -> r.get(1, String.class));
            db.fetch("select indexname from pg_indexes where schemaname = {0} and tablename = {1} and indexname <> {2}",
                    DataTable.SCHEMA, "ds_" + datasetId, "ds_" + datasetId + "_pkey")
                .forEach(r -> db.execute("drop index {0}",
                        org.jooq.impl.DSL.name(DataTable.SCHEMA, r.get(0, String.class))));
            db.execute("""
                    insert into {0} (_row, _load_id, kode_desa, tahun, jenis_kelamin, jumlah)
                    select g, 0, '64' || lpad((g % {2})::text, 8, '0'), 2015 + (g / {2}) % 10,
                           case when (g / ({2} * 10)) % 2 = 0 then 'L' else 'P' end, (g * 7919) % 1000
                    from generate_series(1, {1}) g""", DataTable.name(datasetId), rows, VILLAGES);
            indexes.forEach(db::execute);
            rollups.rebuild(datasetId, VILLAGE_SCHEMA);
            datasets.recordLoad(datasetId, rows, OffsetDateTime.now());
        });
        db.execute("vacuum analyze {0}", DataTable.name(datasetId));
        db.execute("vacuum analyze {0}", DataTable.rollupName(datasetId));
    }

    public void fill(long datasetId, long rows) {
        transactions.executeWithoutResult(status -> {
            db.execute(
                    """
                            insert into {0} (_row, _load_id, kode_wilayah, tahun, jenis_kelamin, jumlah)
                            select g, 0, (array['6401','6402','6403','6404','6405','6409','6411','6471','6472','6474'])[1 + g % 10],
                                   2000 + (g / 10) % 25, case when g % 2 = 0 then 'L' else 'P' end, (g * 7919) % 100000
                            from generate_series(1, {1}) g""",
                    DataTable.name(datasetId), rows);
            rollups.rebuild(datasetId, SCHEMA);
            datasets.recordLoad(datasetId, rows, OffsetDateTime.now());
        });
        db.execute("analyze {0}", DataTable.name(datasetId));
    }

}
