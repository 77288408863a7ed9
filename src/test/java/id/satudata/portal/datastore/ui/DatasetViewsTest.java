package id.satudata.portal.datastore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.KaribuTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class DatasetViewsTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DatasetService datasets;

    @TempDir
    Path dir;

    @Test
    void technicalTeamUploadsACsvAndSeesTheLoadInHistoryAndTheRowsInThePreview() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
        Path file = Files.writeString(dir.resolve("penduduk.csv"), DatastoreFixtures.POPULATION_CSV);

        selectTab("tab-upload");
        LoadResult result = _get(UploadPanel.class).load("penduduk.csv", file);

        assertThat(result.accepted()).isTrue();
        Grid<LoadRecord> history = _get(LoadHistoryPanel.class).grid;
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._get(history, 0).rowsAccepted()).isEqualTo(3);
        selectTab("tab-preview");
        DataPreview preview = _get(DataPreview.class);
        assertThat(GridKt._size(preview.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(preview.grid, 2)).contains("Balikpapan", "730.000");
    }

    @Test
    void aRejectedUploadListsTheFailingRowsAndLoadsNothing() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
        Path file = Files.writeString(dir.resolve("salah.csv"), """
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
                6401,Paser,2023,banyak,11603.94
                """);

        selectTab("tab-upload");
        UploadPanel upload = _get(UploadPanel.class);
        LoadResult result = upload.load("salah.csv", file);

        assertThat(result.accepted()).isFalse();
        assertThat(upload.errors.isVisible()).isTrue();
        assertThat(GridKt._get(upload.errors, 0).column()).isEqualTo("jumlah_penduduk");
        assertThat(upload.outcome.getText()).isNotBlank();
        assertThat(datasets.get(dataset.id()).rowCount()).isZero();
    }

    @Test
    void theSchemaIsInferredFromASampleCsvAndSaved() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        login(fixtures.teknis());
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
        SchemaEditor editor = _get(SchemaEditor.class);

        editor.infer("contoh.csv", new ByteArrayInputStream("""
                kode;nama;tahun;nilai
                6471;Balikpapan;2023;1,5
                6472;Samarinda;2023;2,25
                """.getBytes(StandardCharsets.UTF_8)));
        _get(Button.class, spec -> spec.withId("schema-save")).click();

        TableSchema saved = datasets.get(dataset.id()).schema();
        assertThat(saved.fields()).extracting(f -> f.name()).containsExactly("kode", "nama", "tahun", "nilai");
        assertThat(saved.fields().get(3).type()).isEqualTo(FieldType.NUMBER);
    }

    @Test
    void opdStaffSeeTheSchemaOfTheirDatasetReadOnly() {
        Dataset dataset = fixtures.dataset(opds.opd("Dinkes"), Visibility.INTERNAL);
        login(opds.opdStaff(opds.opd("Dinkes")));
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
        _assertOne(DatasetDetailView.class);
        _assertNone(Button.class, spec -> spec.withId("schema-save"));
    }

}
