package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.AggregationResult;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowPage;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class LoadServiceTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    DSLContext db;

    Opd opd;

    @BeforeEach
    void signIn() {
        opd = fixtures.opd();
        SignedIn.as(fixtures.teknis());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<List<Object>> rows(Dataset dataset) {
        return queries.rows(dataset.id(), RowQuery.all(), 0, 100).rows().stream().map(r -> r.values()).toList();
    }

    @Test
    void anAppendedCsvLandsInTheTypedTableWithDenseRowNumbers() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        LoadResult result = fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        RowPage page = queries.rows(dataset.id(), RowQuery.all(), 0, 10);
        assertThat(page.rows()).extracting(DataRow::rowNumber).containsExactly(1L, 2L, 3L);
        assertThat(page.rows().get(2).values()).containsExactly("6471", "Balikpapan", 2023, 730000L, 512.12);
        fixtures.load(dataset, LoadMode.APPEND, "kode_kabupaten_kota,tahun,jumlah_penduduk\n6401,2024,310000\n");
        assertThat(queries.rows(dataset.id(), RowQuery.all(), 3, 10).rows()).singleElement()
            .satisfies(r -> assertThat(r.rowNumber()).isEqualTo(4));
    }

    @Test
    void replaceSwapsTheWholeTableAndRenumbers() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        LoadResult result = fixtures.load(dataset, LoadMode.REPLACE,
                "kode_kabupaten_kota,tahun,jumlah_penduduk\n6472,2023,860000\n");
        assertThat(result.rowCount()).isEqualTo(1);
        assertThat(queries.rows(dataset.id(), RowQuery.all(), 0, 10).rows()).singleElement()
            .satisfies(r -> assertThat(r.rowNumber()).isEqualTo(1));
    }

    @Test
    void upsertUpdatesRowsByKeyKeepsTheirNumbersAndAppendsNewOnes() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        LoadResult result = fixtures.load(dataset, LoadMode.UPSERT,
                "kode_kabupaten_kota,tahun,jumlah_penduduk\n6402,2023,175000\n6474,2023,180000\n");
        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(result.rowCount()).isEqualTo(4);
        List<List<Object>> rows = rows(dataset);
        assertThat(rows.get(1)).containsExactly("6402", null, 2023, 175000L, null);
        assertThat(rows.get(3)).containsExactly("6474", null, 2023, 180000L, null);
        AggregationResult sum = queries.aggregate(dataset.id(),
                AggregationQuery.of("jumlah_penduduk", Aggregate.SUM, "tahun"));
        assertThat(sum.path()).isEqualTo(AggregationResult.Path.ROLLUP);
        assertThat(sum.groups()).singleElement()
            .satisfies(g -> assertThat(g.value()).isEqualTo(300000 + 175000 + 730000 + 180000.0));
    }

    @Test
    void anUpsertMixingNewAndExistingKeysNumbersTheNewRowsDenselyInFileOrder() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        LoadResult result = fixtures.load(dataset, LoadMode.UPSERT, """
                kode_kabupaten_kota,tahun,jumlah_penduduk
                6474,2023,1
                6471,2023,2
                6475,2024,3
                6401,2023,4
                6476,2023,5
                """);
        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(result.rowCount()).isEqualTo(6);
        assertThat(rows(dataset)).extracting(r -> r.get(0), r -> r.get(3))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("6401", 4L),
                    org.assertj.core.groups.Tuple.tuple("6402", 170000L),
                    org.assertj.core.groups.Tuple.tuple("6471", 2L), org.assertj.core.groups.Tuple.tuple("6474", 1L),
                    org.assertj.core.groups.Tuple.tuple("6475", 3L), org.assertj.core.groups.Tuple.tuple("6476", 5L));
        assertThat(db.fetchValue("select string_agg(_row::text, ',' order by _row) from datastore.ds_" + dataset.id()))
            .isEqualTo("1,2,3,4,5,6");
    }

    @Test
    void aSmallUpsertIntoABigTableLooksItsKeysUpAndStillNumbersNewRowsDensely() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        StringBuilder csv = new StringBuilder("kode_kabupaten_kota,tahun,jumlah_penduduk\n");
        for (int i = 0; i < 40; i++) {
            csv.append(6400 + i).append(",2023,").append(i).append('\n');
        }
        fixtures.load(dataset, LoadMode.APPEND, csv.toString());
        LoadResult result = fixtures.load(dataset, LoadMode.UPSERT,
                "kode_kabupaten_kota,tahun,jumlah_penduduk\n6500,2023,7\n6410,2023,8\n6501,2023,9\n");
        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(db
            .fetch("select kode_kabupaten_kota, jumlah_penduduk from datastore.ds_" + dataset.id()
                    + " where _row in (11, 41, 42) order by _row")
            .map(r -> r.get(0) + "=" + r.get(1))).containsExactly("6410=8", "6500=7", "6501=9");
        assertThat(db.fetchValue("select count(*) = max(_row) from datastore.ds_" + dataset.id())).isEqualTo(true);
    }

    @Test
    void aRejectedLoadChangesNoRowsAndReportsEveryBadRow() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        LoadResult result = fixtures.load(dataset, LoadMode.REPLACE, """
                kode_kabupaten_kota,tahun,jumlah_penduduk
                6401,2024,12
                6402,dua ribu,13
                ,2024,14
                6401,2024,15
                """);
        assertThat(result.status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(result.httpStatus()).isEqualTo(422);
        assertThat(result.errors()).extracting(LoadReport.Error::row, LoadReport.Error::column, LoadReport.Error::kind)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "tahun", LoadProblem.WRONG_TYPE),
                    org.assertj.core.groups.Tuple.tuple(4L, "kode_kabupaten_kota", LoadProblem.MISSING_REQUIRED),
                    org.assertj.core.groups.Tuple.tuple(5L, "kode_kabupaten_kota,tahun", LoadProblem.DUPLICATE_KEY));
        assertThat(rows(dataset)).hasSize(3);
        assertThat(loads.get(result.loadId()).status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(loads.report(result.loadId()).errorCount()).isEqualTo(3);
    }

    @Test
    void appendingAKeyThatExistsIsRejectedByTheUniqueIndex() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        LoadResult result = fixtures.load(dataset, LoadMode.APPEND,
                "kode_kabupaten_kota,tahun,jumlah_penduduk\n6409,2023,1\n6401,2023,2\n");
        assertThat(result.status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LoadProblem.DUPLICATE_KEY);
            assertThat(e.row()).isEqualTo(3);
        });
        assertThat(rows(dataset)).hasSize(3);
    }

    @Test
    void theRawPayloadIsKeptForEveryLoad() throws Exception {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        LoadResult bad = fixtures.load(dataset, LoadMode.APPEND, "kode_kabupaten_kota,tahun\nx,y\n");
        try (var in = loads.payload(bad.loadId())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("kode_kabupaten_kota,tahun\nx,y\n");
        }
        assertThat(loads.history(dataset.id(), 10)).extracting(LoadRecord::status).containsExactly(LoadStatus.REJECTED);
    }

    @Test
    void jsonArraysOfObjectsLoad() {
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        String json = """
                [{"kode_kabupaten_kota": "6401", "tahun": 2023, "jumlah_penduduk": 300000, "luas_km2": 11603.94},
                 {"kode_kabupaten_kota": "6402", "tahun": "2023", "jumlah_penduduk": 170000, "luas_km2": null}]
                """;
        LoadResult result = loads.load(LoadRequest.of(dataset.id(), LoadMode.APPEND, PayloadFormat.JSON),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(rows(dataset).get(0)).containsExactly("6401", null, 2023, 300000L, 11603.94);
    }

}
