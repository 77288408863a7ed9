package id.satudata.portal.datastore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.SortDirection;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.KaribuTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dataset made from one file in one pick (infer, review, load), and the reasons of a
 * refused load in the user's language.
 */
class DatasetFromFileTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Values Java writes as 4.9E-5, 7000000.0 and 10306.0. */
    private static final String RIVER_CSV = """
            id,lokasi,kadar_timbal,debit,jumlah_sampel
            1,Ciliwung Hulu,0.000049,7000000,10306
            2,Ciliwung Hilir,0.0012,6500000.5,9800
            10,Pesanggrahan,0.5,12000,120
            """;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetService datasets;

    @TempDir
    Path dir;

    private DatasetFromFileDialog openDialog(String fileName, String content) throws Exception {
        login(fixtures.teknis());
        UI.getCurrent().navigate("app/dataset");
        _get(Button.class, spec -> spec.withId("dataset-from-file")).click();
        DatasetFromFileDialog dialog = _get(DatasetFromFileDialog.class);
        dialog.fileChosen(fileName, Files.writeString(dir.resolve(fileName), content));
        dialog.form.opd.setValue(fixtures.opd());
        dialog.form.title.setValue("Kualitas air sungai " + SEQUENCE.incrementAndGet() + " " + System.nanoTime());
        return dialog;
    }

    @Test
    void aDatasetIsCreatedFromOneFileInOnePickAndItsPreviewShowsIndonesianNumbers() throws Exception {
        DatasetFromFileDialog dialog = openDialog("sungai_2023.csv", RIVER_CSV);
        assertThat(dialog.fileInfo.getText()).isEqualTo("Skema yang disimpulkan dari sungai_2023.csv: 5 kolom.");

        dialog.load.click();

        DataPreview preview = _get(DataPreview.class);
        assertThat(_get(TabSheet.class).getSelectedTab().getId()).hasValue("tab-preview");
        assertThat(GridKt._getFormattedRow(preview.grid, 0)).containsExactly("1", "1", "Ciliwung Hulu", "0,000049",
                "7.000.000", "10.306");
        assertThat(GridKt._getFormattedRow(preview.grid, 1)).contains("6.500.000,5");
        GridKt._sortByKey(preview.grid, "id", SortDirection.DESCENDING);
        assertThat(GridKt._getFormattedRow(preview.grid, 0)).contains("10", "Pesanggrahan");
        GridKt._sortByKey(preview.grid, "id", SortDirection.ASCENDING);
        assertThat(GridKt._getFormattedRow(preview.grid, 2)).contains("10", "Pesanggrahan");
    }

    @Test
    void theProposedSchemaTypesAnIdAsAnIntegerKey() throws Exception {
        DatasetFromFileDialog dialog = openDialog("sungai.csv", RIVER_CSV);

        dialog.load.click();

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        Dataset created = datasets.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(created.schema().field("id").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
        assertThat(created.schema().primaryKey()).containsExactly("id");
        assertThat(created.rowCount()).isEqualTo(3);
    }

    /** 2,001 whole numbers, so the sample says integer, then a word the load refuses. */
    private static String countsEndingInAWord() {
        return "wilayah,jumlah\n"
                + IntStream.rangeClosed(1, 2001).mapToObj(i -> "W" + i + "," + i).collect(Collectors.joining("\n"))
                + "\nW2002,banyak\n";
    }

    @Test
    void aRefusedLoadIsExplainedInIndonesianAndLoadsAfterTheSchemaIsCorrectedWithoutPickingTheFileAgain()
            throws Exception {
        DatasetFromFileDialog dialog = openDialog("hitung.csv", countsEndingInAWord());

        dialog.load.click();

        assertThat(dialog.errors.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(dialog.errors, 0)).containsExactly("2003", "jumlah", "Tipe nilai salah",
                "bukan bilangan bulat: banyak");
        assertThat(dialog.outcome.getText()).startsWith("Dataset dibuat, tetapi berkas ditolak: 1 kesalahan.");
        int datasetsBefore = datasets.list(null).size();

        dialog.fieldRows().stream().filter(row -> row.name.getValue().equals("jumlah")).findFirst().orElseThrow().type
            .setValue(FieldType.STRING);
        dialog.load.click();

        assertThat(datasets.list(null)).hasSize(datasetsBefore);
        selectTab("tab-history");
        Grid<LoadRecord> history = _get(LoadHistoryPanel.class).grid;
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._get(history, 0).status()).isEqualTo(LoadStatus.ACCEPTED);
        assertThat(GridKt._get(history, 1).status()).isEqualTo(LoadStatus.REJECTED);
    }

    @Test
    void aRefusedUploadAppearsInTheLoadHistoryAtOnceWithItsReasonInIndonesian() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-upload");
        Path file = Files.writeString(dir.resolve("salah.csv"), """
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
                6401,Paser,2023,banyak,11603.94
                """);

        UploadPanel upload = _get(UploadPanel.class);
        upload.load("salah.csv", file);

        assertThat(GridKt._getFormattedRow(upload.errors, 0)).containsExactly("2", "jumlah_penduduk",
                "Tipe nilai salah", "bukan bilangan bulat: banyak");
        selectTab("tab-history");
        Grid<LoadRecord> history = _get(LoadHistoryPanel.class).grid;
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Ditolak");
    }

    @Test
    void aRefusedLoadIsExplainedInEnglishToAnEnglishReader() throws Exception {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatasetFromFileDialog dialog = openDialog("counts.csv", countsEndingInAWord());

        dialog.load.click();

        assertThat(GridKt._getFormattedRow(dialog.errors, 0)).containsExactly("2003", "jumlah", "Wrong value type",
                "not an integer: banyak");
    }

}
