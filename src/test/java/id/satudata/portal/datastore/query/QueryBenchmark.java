package id.satudata.portal.datastore.query;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.DataTables;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.rollup.RollupRepository;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.test.Bench;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chart aggregations and 100-row pages over a 10,000,000-row dataset. The rows are
 * generated in PostgreSQL (insert ... select from generate_series) into the dataset's
 * typed table, the rollups are rebuilt from them, then the query service is timed.
 * {@code ./mvnw -Pbench test -Dtest=QueryBenchmark}
 */
@Tag("bench")
@PortalTest
class QueryBenchmark {

    private static final long ROWS = 10_000_000;

    private static final TableSchema SCHEMA = new TableSchema(
            List.of(new SchemaField("kode_wilayah", "Kode Wilayah", FieldType.STRING, null, true, FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                    new SchemaField("jenis_kelamin", "Jenis Kelamin", FieldType.STRING, null, true,
                            FieldRole.DIMENSION),
                    new SchemaField("jumlah", "Jumlah", FieldType.INTEGER, "jiwa", true, FieldRole.MEASURE),
                    new SchemaField("nilai", "Nilai", FieldType.NUMBER, null, false, FieldRole.MEASURE)),
            List.of());

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    RollupRepository rollups;

    @Autowired
    DatasetRepository datasets;

    @Autowired
    DSLContext db;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aggregationsAndPagesOverTenMillionRows() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, SCHEMA);
        long fill = System.nanoTime();
        fill(dataset.id());
        long fillMs = (System.nanoTime() - fill) / 1_000_000;
        SignedIn.as(fixtures.teknis());
        assertThat(queries.count(dataset.id(), RowQuery.all())).isEqualTo(ROWS);
        List<String> lines = new ArrayList<>();
        lines.add("dataset of %,d rows (5 columns) generated and rolled up in %,d ms".formatted(ROWS, fillMs));

        AggregationQuery byRegion = AggregationQuery.of("jumlah", Aggregate.SUM, "kode_wilayah");
        assertThat(queries.aggregate(dataset.id(), byRegion).path()).isEqualTo(AggregationResult.Path.ROLLUP);
        lines.add(
                Bench
                    .measure("aggregate sum(jumlah) by kode_wilayah (rollup)", 5, 50,
                            () -> queries.aggregate(dataset.id(), byRegion))
                    .toString());
        AggregationQuery byRegionAndYear = AggregationQuery.of("nilai", Aggregate.AVG, "kode_wilayah", "tahun");
        lines.add(
                Bench
                    .measure("aggregate avg(nilai) by kode_wilayah, tahun (rollup)", 5, 50,
                            () -> queries.aggregate(dataset.id(), byRegionAndYear))
                    .toString());
        AggregationQuery filtered = AggregationQuery.of("jumlah", Aggregate.MAX, "tahun")
            .where(List.of(RowFilter.equalTo("jenis_kelamin", "P")));
        lines.add(
                Bench
                    .measure(
                            "aggregate max(jumlah) by tahun where jenis_kelamin = P ("
                                    + queries.aggregate(dataset.id(), filtered).path() + ")",
                            5, 50, () -> queries.aggregate(dataset.id(), filtered))
                    .toString());

        SplittableRandom random = new SplittableRandom(42);
        lines.add(
                Bench
                    .measure("page of 100 rows at a random position (natural order)", 20, 200,
                            () -> assertThat(
                                    queries.rows(dataset.id(), RowQuery.all(), random.nextLong(ROWS - 100), 100).rows())
                                .hasSize(100))
                    .toString());
        RowQuery sorted = RowQuery.all().sortedBy("jumlah", true);
        lines.add("first page sorted by jumlah desc, as a click on the column header asks it: %,d ms (no index yet)"
            .formatted(millis(() -> queries.rows(dataset.id(), sorted, 0, 100))));
        // that first sort asked for jumlah's sort index, built in the background
        String sortIndex = DataTable.SCHEMA + "." + DataTables.sortIndexName(dataset.id(), SCHEMA.fields().get(3));
        lines.add("sort index on jumlah ready %,d ms after the first sort".formatted(awaitValidIndex(sortIndex)));
        lines.add(
                Bench
                    .measure("page of 100 rows among the first 1,000 (sorted by jumlah desc, indexed)", 5, 50,
                            () -> assertThat(queries.rows(dataset.id(), sorted, random.nextLong(900), 100).rows())
                                .hasSize(100))
                    .toString());
        lines.add("position index for sort by jumlah desc built in %,d ms (once, cached; by the first deep page)"
            .formatted(millis(() -> queries.rows(dataset.id(), sorted, ROWS / 2, 100))));
        Bench.Stats seeking = Bench.measure("page of 100 rows at a random position (sorted by jumlah desc, indexed)",
                20, 200, () -> assertThat(queries.rows(dataset.id(), sorted, random.nextLong(ROWS - 100), 100).rows())
                    .hasSize(100));
        lines.add(seeking.toString());
        lines.add("position index for sort by kode_wilayah (a dimension, indexed from the start) built in %,d ms"
            .formatted(millis(
                    () -> queries.rows(dataset.id(), RowQuery.all().sortedBy("kode_wilayah", false), ROWS / 2, 100))));
        // the same pages without the index: what every sorted page cost before it (the
        // index is not asked for again in this process)
        db.execute("drop index {0}",
                DSL.name(DataTable.SCHEMA, DataTables.sortIndexName(dataset.id(), SCHEMA.fields().get(3))));
        Bench.Stats scanning = Bench.measure("page of 100 rows at a random position (sorted by jumlah desc, no index)",
                2, 10, () -> assertThat(queries.rows(dataset.id(), sorted, random.nextLong(ROWS - 100), 100).rows())
                    .hasSize(100));
        lines.add(scanning.toString());
        lines.add("median ratio no index / indexed: %.0fx".formatted(scanning.medianMs() / seeking.medianMs()));
        Bench.report("query-10m", lines);
    }

    private static long millis(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Milliseconds until the index exists and is valid (CONCURRENTLY has finished). */
    private long awaitValidIndex(String name) {
        long start = System.nanoTime();
        while (!Boolean.TRUE.equals(db.fetchValue("select indisvalid from pg_index where indexrelid = to_regclass({0})",
                DSL.inline(name)))) {
            if (System.nanoTime() - start > java.time.Duration.ofMinutes(10).toNanos()) {
                throw new AssertionError("sort index " + name + " not built within 10 minutes");
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void fill(long datasetId) {
        transactions.executeWithoutResult(status -> {
            db.execute(
                    """
                            insert into {0} (_row, _load_id, kode_wilayah, tahun, jenis_kelamin, jumlah, nilai)
                            select g, 0, (array['6401','6402','6403','6404','6405','6409','6411','6471','6472','6474'])[1 + g % 10],
                                   2000 + (g / 10) % 25, case when g % 2 = 0 then 'L' else 'P' end,
                                   (g * 7919) % 100000, ((g * 104729) % 1000000) / 100.0
                            from generate_series(1, {1}) g""",
                    DataTable.name(datasetId), ROWS);
            rollups.rebuild(datasetId, SCHEMA);
            datasets.recordLoad(datasetId, ROWS, OffsetDateTime.now());
        });
        db.execute("analyze {0}", DataTable.name(datasetId));
    }

}
