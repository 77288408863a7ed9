package id.satudata.portal.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.DemoPortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@DemoPortalTest
class DatastoreDemoDataTest {

    @Autowired
    DatasetService datasets;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsTechnicalTeam() {
        SignedIn.as((PortalUser) users.loadUserByUsername("teknis"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void bappedaPublishesTheKaltimPopulationPerRegionCodeAndYear() {
        Dataset population = datasets.getBySlug("penduduk-kabkota-kaltim");
        assertThat(population.visibility()).isEqualTo(Visibility.PUBLIC);
        // linked to Bappeda's demo integration by the dashboard demo (order 30)
        assertThat(population.integrationId()).isNotNull();
        assertThat(population.rowCount()).isEqualTo(10 * 10);
        List<DistinctValue> codes = queries.distinct(population.id(), "kode_wilayah_bps", List.of(), 20);
        assertThat(codes).extracting(DistinctValue::value)
            .containsExactlyInAnyOrder("6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474");
    }

    @Test
    void thePopulationHistoryHasRejectedLoadsThatChangedNothing() {
        Dataset population = datasets.getBySlug("penduduk-kabkota-kaltim");
        List<LoadRecord> history = loads.history(population.id(), 20);
        assertThat(history).extracting(LoadRecord::status)
            .containsExactlyInAnyOrder(LoadStatus.ACCEPTED, LoadStatus.ACCEPTED, LoadStatus.REJECTED,
                    LoadStatus.REJECTED, LoadStatus.ACCEPTED, LoadStatus.REJECTED);
    }

    /**
     * The project's own files (no shared folder in tests), each with one quirk of real
     * portal files, went through the pipeline whole and read right.
     */
    @Test
    void theQuirkyFilesAreLoadedThroughThePipelineAndReadRight() {
        assertThat(datasets.list(null)).extracting(Dataset::visibility)
            .contains(Visibility.PUBLIC, Visibility.INTERNAL, Visibility.DRAFT);
        // CRLF line ends: all 27 kab/kota of three years, no carriage return left in the
        // last column
        Dataset tpt = datasets.getBySlug("tpt-kabkota-jabar");
        assertThat(tpt.rowCount()).isEqualTo(81);
        assertThat(values(tpt, "kode_kabupaten_kota")).hasSize(27);
        assertThat(values(tpt, "tahun")).containsExactlyInAnyOrder("2022", "2023", "2024");
        // a byte order mark before the header: the first column is named without it
        assertThat(fieldNames(datasets.getBySlug("inflasi-tujuh-kota"))).startsWith("id").contains("nilai_inflasi");
        // carriage returns only
        Dataset codes = datasets.getBySlug("kode-wilayah-2014");
        assertThat(codes.rowCount()).isEqualTo(17);
        assertThat(values(codes, "nama_kelurahan")).contains("P. PANGGANG", "DURI PULO");
        // a quoted "PM2,5" and a date written as a spreadsheet serial number
        Dataset ispu = datasets.getBySlug("ispu-2022");
        assertThat(ispu.rowCount()).isEqualTo(30);
        assertThat(values(ispu, "critical")).containsExactly("PM2,5");
        // UTF-8 rows and Windows-1252 rows in one file: both read as the characters meant
        Dataset accidents = datasets.getBySlug("bencana-kecelakaan-transportasi");
        assertThat(accidents.rowCount()).isEqualTo(6);
        assertThat(values(accidents, "keterangan")).contains("Korban ± 4 orang – dievakuasi tim SAR",
                "Kapal “Sinar Jaya” – terbalik di Sungai Mahakam", "Ombak tinggi € kerugian belum dihitung");
        // semicolons with decimal commas (and a byte order mark)
        Dataset river = datasets.getBySlug("kualitas-air-sungai-2022");
        assertThat(river.rowCount()).isEqualTo(20);
        assertThat(river.schema().fields()).filteredOn(f -> f.name().equals("hasil_pengukuran"))
            .singleElement()
            .satisfies(f -> assertThat(f.type()).isEqualTo(FieldType.NUMBER));
        assertThat(values(river, "baku_mutu")).contains("1.5");
        // three title rows above the header
        Dataset titled = datasets.getBySlug("penduduk-kecamatan-trenggalek");
        assertThat(titled.rowCount()).isEqualTo(28);
        assertThat(fieldNames(titled)).containsExactly("kode_kecamatan", "nama_kecamatan", "tahun", "jumlah_penduduk");
    }

    private List<String> values(Dataset dataset, String column) {
        return queries.distinct(dataset.id(), column, List.of(), 100)
            .stream()
            .map(v -> String.valueOf(v.value()))
            .toList();
    }

    private static List<String> fieldNames(Dataset dataset) {
        return dataset.schema().fields().stream().map(SchemaField::name).toList();
    }

}
