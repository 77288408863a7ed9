package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project's own fixture files (src/test/resources/datastore): BPS-style markers for
 * "no data" in numeric columns, a byte-order mark in the middle of a body (two exports
 * concatenated), zero-width and no-break spaces around codes.
 */
@PortalTest
class MissingValuesAndInvisibleCharactersTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetQueryService queries;

    @BeforeEach
    void signIn() {
        SignedIn.as(fixtures.teknis());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private LoadResult load(Dataset dataset, String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/datastore/" + fixture)) {
            return loads.load(LoadRequest.of(dataset.id(), LoadMode.REPLACE, PayloadFormat.CSV).withFileName(fixture),
                    in);
        }
    }

    private List<Object> column(Dataset dataset, String name) {
        int at = datasets.get(dataset.id()).schema().indexOf(name);
        return queries.rows(dataset.id(), RowQuery.all(), 0, 100).rows().stream().map(r -> r.values().get(at)).toList();
    }

    private static TableSchema population() {
        return new TableSchema(DatastoreFixtures.POPULATION.fields().stream().map(f -> f.withRequired(false)).toList(),
                List.of());
    }

    @Test
    void dashesDotsAndEnDashesInNumericColumnsAreReadAsEmptyAndCounted() throws IOException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, population());

        LoadResult result = load(dataset, "penanda-nilai-kosong.csv");

        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(result.valuesReadAsMissing()).isEqualTo(5);
        assertThat(column(dataset, "jumlah_penduduk")).containsExactly(300000L, null, null, null, 270000L);
        assertThat(column(dataset, "luas_km2")).containsExactly(11603.94, 20384.6, null, null, 34127.47);
        assertThat(loads.report(result.loadId()).valuesReadAsMissing()).isEqualTo(5);
    }

    @Test
    void aDatasetReadsOnlyTheMarkersItsSchemaNames() throws IOException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL,
                population().withMissingValues(List.of("", "-", "..")));

        LoadResult result = load(dataset, "penanda-nilai-kosong.csv");

        assertThat(result.status()).isEqualTo(LoadStatus.REJECTED);
        assertThat(result.errors()).extracting(LoadReport.Error::row, LoadReport.Error::column)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "jumlah_penduduk"),
                    org.assertj.core.groups.Tuple.tuple(5L, "luas_km2"));
    }

    @Test
    void aByteOrderMarkInTheMiddleOfABodyIsRemovedAndReportedWithItsPosition() throws IOException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, population());

        LoadResult result = load(dataset, "bom-di-tengah.csv");

        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(column(dataset, "kode_kabupaten_kota")).containsExactly("6401", "6402", "6471", "6472");
        assertThat(result.valuesCleaned()).isEqualTo(1);
        assertThat(result.firstCleaned()).isEqualTo(new LoadReport.Position(4, "kode_kabupaten_kota"));
    }

    @Test
    void zeroWidthAndNoBreakSpacesAroundCodesAreNeverStored() throws IOException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, population());

        LoadResult result = load(dataset, "karakter-tak-terlihat.csv");

        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(column(dataset, "kode_kabupaten_kota")).containsExactly("6401", "6402", "6471");
        assertThat(column(dataset, "nama_kabupaten_kota")).containsExactly("Paser", "Kutai Barat", "Balikpapan");
        assertThat(result.valuesCleaned()).isEqualTo(5);
        assertThat(result.firstCleaned()).isEqualTo(new LoadReport.Position(2, "kode_kabupaten_kota"));
    }

    @Test
    void aPushedJsonBodyGetsTheSameRules() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, population());
        String json = """
                [{"kode_kabupaten_kota": "\\ufeff6401", "tahun": 2023, "jumlah_penduduk": "---"},
                 {"kode_kabupaten_kota": "6402\\u00a0", "tahun": 2023, "jumlah_penduduk": 170000}]
                """;

        LoadResult result = loads.load(LoadRequest.of(dataset.id(), LoadMode.APPEND, PayloadFormat.JSON),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(column(dataset, "kode_kabupaten_kota")).containsExactly("6401", "6402");
        assertThat(column(dataset, "jumlah_penduduk")).containsExactly(null, 170000L);
        assertThat(result.valuesReadAsMissing()).isEqualTo(1);
        assertThat(result.valuesCleaned()).isEqualTo(2);
    }

}
