package id.satudata.portal.datastore.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.schema.SchemaStep;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data of an old schema version is reproduced from the kept payloads of the loads
 * accepted under it, in their order and modes, with that version's column names; who may
 * read it is checked in the service.
 */
@PortalTest
class SchemaVersionDownloadsTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    SchemaVersionDownloads versions;

    @Autowired
    SchemaVersionScenario scenario;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theFirstVersionsDataIsItsLoadsReplayedInOrderWithTheirModes() throws IOException {
        Dataset dataset = scenario.datasetRenamedAfterTwoLoads(fixtures.opd(), Visibility.INTERNAL);
        SignedIn.as(fixtures.teknis());

        List<SchemaVersionDownloads.Entry> history = versions.history(dataset.id());
        assertThat(history).extracting(e -> e.version().version()).containsExactly(2, 1);
        assertThat(history.get(0).version().steps())
            .containsExactly(new SchemaStep(SchemaStep.Kind.RENAME, "penduduk", "jumlah_penduduk"));
        assertThat(history.get(0).version().changedBy()).startsWith("teknis");
        assertThat(history.get(1).data().loads()).isEqualTo(2);
        assertThat(history.get(1).data().fromStart()).isTrue();

        // the upsert replaced Kutai Barat in its place and added Balikpapan
        assertThat(csv(dataset, 1)).isEqualTo("""
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2\r
                6401,Paser,2023,300000,11603.94\r
                6402,Kutai Barat,2023,171500,20384.6\r
                6471,Balikpapan,2023,730000,\r
                """);
    }

    @Test
    void aLaterVersionHoldsOnlyItsOwnLoadsAndSaysSo() throws IOException {
        Dataset dataset = scenario.datasetRenamedAfterTwoLoads(fixtures.opd(), Visibility.INTERNAL);
        SignedIn.as(fixtures.teknis());

        SchemaVersionDownloads.Entry latest = versions.history(dataset.id()).get(0);
        assertThat(latest.data().loads()).isEqualTo(1);
        assertThat(latest.data().fromStart()).isFalse();
        assertThat(csv(dataset, 2)).isEqualTo("""
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,penduduk,luas_km2\r
                6472,Samarinda,2023,860000,718.0\r
                """);
    }

    @Test
    void anotherOpdsUserGetsNoDataOfAnUnreleasedDatasetButTheOwnOpdAndThePublicOfAReleasedOneDo() throws IOException {
        Opd owner = opds.opd("PemilikVersi");
        Dataset internal = scenario.datasetRenamedAfterTwoLoads(owner, Visibility.INTERNAL);
        Dataset released = scenario.datasetRenamedAfterTwoLoads(owner, Visibility.INTERNAL);
        fixtures.setVisibility(released, Visibility.PUBLIC);

        SignedIn.as(opds.opdStaff(opds.opd("OpdLainVersi")));
        assertThat(versions.history(internal.id())).hasSize(2);
        assertThat(versions.mayDownload(internal.id())).isFalse();
        assertThatThrownBy(() -> csv(internal, 1)).isInstanceOf(NotFoundException.class);
        assertThat(csv(released, 1)).startsWith("kode_kabupaten_kota");

        SignedIn.as(opds.opdStaff(owner));
        assertThat(csv(internal, 1)).contains("Balikpapan");

        SignedIn.nobody();
        assertThatThrownBy(() -> versions.history(internal.id())).isInstanceOf(NotFoundException.class);
        assertThat(csv(released, 1)).contains("Balikpapan");
    }

    private String csv(Dataset dataset, int version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        versions.writeCsv(dataset.id(), version, out);
        return out.toString(StandardCharsets.UTF_8);
    }

}
