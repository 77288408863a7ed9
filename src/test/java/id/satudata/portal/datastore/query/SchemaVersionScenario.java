package id.satudata.portal.datastore.query;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.schema.SchemaChange;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.test.SignedIn;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A population dataset with two schema versions and loads under both (test help). */
@Component
public class SchemaVersionScenario {

    static final String FIRST = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
            6401,Paser,2023,300000,11603.94
            6402,Kutai Barat,2023,170000,20384.6
            """;

    static final String CORRECTION = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
            6402,Kutai Barat,2023,171500,20384.6
            6471,Balikpapan,2023,730000,
            """;

    static final String AFTER_RENAME = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,penduduk,luas_km2
            6472,Samarinda,2023,860000,718
            """;

    private final DatastoreFixtures fixtures;

    private final DatasetService datasets;

    SchemaVersionScenario(DatastoreFixtures fixtures, DatasetService datasets) {
        this.fixtures = fixtures;
        this.datasets = datasets;
    }

    /**
     * Version 1: an append and an upsert; version 2 (jumlah_penduduk renamed to
     * penduduk): one append.
     */
    public Dataset datasetRenamedAfterTwoLoads(Opd opd, Visibility visibility) {
        Dataset dataset = fixtures.dataset(opd, visibility);
        assertThat(fixtures.load(dataset, LoadMode.APPEND, FIRST).status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(fixtures.load(dataset, LoadMode.UPSERT, CORRECTION).status()).isEqualTo(LoadStatus.ACCEPTED);
        SecurityContext before = SecurityContextHolder.getContext();
        SignedIn.as(fixtures.teknis());
        TableSchema schema = DatastoreFixtures.POPULATION;
        Dataset renamed = datasets
            .changeSchema(dataset.id(),
                    SchemaChange.to(new TableSchema(schema.fields()
                        .stream()
                        .map(f -> f.name().equals("jumlah_penduduk") ? f.withName("penduduk") : f)
                        .toList(), schema.primaryKey())).renaming("jumlah_penduduk", "penduduk"));
        SecurityContextHolder.setContext(before);
        assertThat(fixtures.load(renamed, LoadMode.APPEND, AFTER_RENAME).status()).isEqualTo(LoadStatus.ACCEPTED);
        return renamed;
    }

}
