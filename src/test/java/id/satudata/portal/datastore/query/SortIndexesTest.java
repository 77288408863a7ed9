package id.satudata.portal.datastore.query;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.DataTables;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetRepository;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sorting a large dataset by a column without an index builds one in the background
 * (threshold: the default 100,000 rows; the rows are generated in PostgreSQL).
 */
@PortalTest
class SortIndexesTest {

    private static final long ROWS = 100_000;

    private static final SchemaField MEASURE = DatastoreFixtures.POPULATION.fields().get(3);

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetRepository repository;

    @Autowired
    DataTables tables;

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate transactions;

    Dataset dataset;

    private void largeDataset() {
        dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, DatastoreFixtures.POPULATION);
        transactions.executeWithoutResult(status -> {
            db.execute(
                    """
                            insert into {0} (_row, _load_id, kode_kabupaten_kota, nama_kabupaten_kota, tahun, jumlah_penduduk, luas_km2)
                            select g, 0, lpad((g % 10000)::text, 4, '0'), 'Wilayah ' || g, 1900 + g / 10000, (g * 7919) % 50000, null
                            from generate_series(1, {1}) g""",
                    DataTable.name(dataset.id()), ROWS);
            repository.recordLoad(dataset.id(), ROWS, OffsetDateTime.now());
        });
        SignedIn.as(fixtures.teknis());
    }

    @Test
    void sortingALargeDatasetByAMeasureBuildsItsIndexAndPagesKeepTheOrder() throws InterruptedException {
        largeDataset();
        RowQuery byMeasure = RowQuery.all().sortedBy(MEASURE.name(), true);

        // a dimension has its index from the start: sorting by it adds none
        queries.rows(dataset.id(), RowQuery.all().sortedBy("nama_kabupaten_kota", false), 0, 100);
        queries.rows(dataset.id(), byMeasure, 0, 100);

        awaitSortIndexes(1);
        assertThat(sortIndexes()).containsExactly(indexName());
        assertThat(db.fetchValue("select pg_get_indexdef({0}::regclass)", DataTable.SCHEMA + "." + indexName()))
            .asString()
            .endsWith("(jumlah_penduduk, _row)");
        List<Long> expected = LongStream.rangeClosed(1, ROWS)
            .boxed()
            .sorted(Comparator.comparingLong((Long g) -> (g * 7919) % 50000).thenComparingLong(g -> g).reversed())
            .toList();
        for (long offset : List.of(0L, 999L, 54_321L, ROWS - 50)) {
            List<Long> rows = new ArrayList<>();
            queries.rows(dataset.id(), byMeasure, offset, 50).rows().forEach(r -> rows.add(r.rowNumber()));
            assertThat(rows).as("offset " + offset)
                .isEqualTo(expected.subList((int) offset, (int) Math.min(ROWS, offset + 50)));
        }
    }

    @Test
    void anIndexLeftInvalidByAFailedBuildIsBuiltAgain() {
        dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, DatastoreFixtures.POPULATION);
        tables.createSortIndex(dataset.id(), MEASURE);
        db.execute("update pg_index set indisvalid = false where indexrelid = {0}::regclass",
                DataTable.SCHEMA + "." + indexName());

        tables.createSortIndex(dataset.id(), MEASURE);

        assertThat(db.fetchValue("select indisvalid from pg_index where indexrelid = {0}::regclass",
                DataTable.SCHEMA + "." + indexName()))
            .isEqualTo(true);
    }

    @Test
    void aSchemaChangeDropsTheIndexAndTheNextSortBuildsItAgain() throws InterruptedException {
        largeDataset();
        queries.rows(dataset.id(), RowQuery.all().sortedBy(MEASURE.name(), true), 0, 10);
        awaitSortIndexes(1);
        List<SchemaField> fields = new ArrayList<>(DatastoreFixtures.POPULATION.fields());
        fields.add(new SchemaField("rasio", "Rasio", FieldType.NUMBER, null, false, FieldRole.MEASURE));
        datasets.defineSchema(dataset.id(), new TableSchema(fields, DatastoreFixtures.POPULATION.primaryKey()));
        assertThat(sortIndexes()).isEmpty();

        queries.rows(dataset.id(), RowQuery.all().sortedBy(MEASURE.name(), false), 0, 10);

        awaitSortIndexes(1);
    }

    private String indexName() {
        return DataTables.sortIndexName(dataset.id(), MEASURE);
    }

    private List<String> sortIndexes() {
        return db
            .fetch("select indexname from pg_indexes where schemaname = {0} and indexname like {1}", DataTable.SCHEMA,
                    "ds_" + dataset.id() + "_sort_%")
            .getValues(0, String.class);
    }

    private void awaitSortIndexes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sortIndexes().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sortIndexes()).hasSize(count);
        // valid once CONCURRENTLY has finished
        while (!Boolean.TRUE
            .equals(db.fetchValue("select bool_and(indisvalid) from pg_index where indrelid = {0}::regclass",
                    DSL.inline(DataTable.SCHEMA + ".ds_" + dataset.id())))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(db.fetchValue("select bool_and(indisvalid) from pg_index where indrelid = {0}::regclass",
                DSL.inline(DataTable.SCHEMA + ".ds_" + dataset.id())))
            .isEqualTo(true);
    }

}
