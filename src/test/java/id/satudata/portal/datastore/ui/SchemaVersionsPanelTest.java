package id.satudata.portal.datastore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.query.SchemaVersionDownloads;
import id.satudata.portal.datastore.query.SchemaVersionScenario;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.KaribuTest;
import id.satudata.portal.ui.Locales;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schema versions tab lists each version with who changed it, when and how, and
 * offers the data as it was under each version for download, saying when a version's file
 * holds only its own loads.
 */
class SchemaVersionsPanelTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    SchemaVersionScenario scenario;

    @Autowired
    OpdFixtures opds;

    @Test
    void theVersionsTabListsEachVersionsChangeAndOffersItsData() {
        Dataset dataset = scenario.datasetRenamedAfterTwoLoads(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-versions");

        Grid<SchemaVersionDownloads.Entry> grid = versionGrid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2", "ganti nama jumlah_penduduk \u2192 penduduk");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("1",
                "tambah kolom kode_kabupaten_kota (string); tambah kolom nama_kabupaten_kota (string); "
                        + "tambah kolom tahun (year); tambah kolom jumlah_penduduk (integer); "
                        + "tambah kolom luas_km2 (number); kunci utama: kode_kabupaten_kota,tahun");
        Anchor first = download(1);
        assertThat(first.getText()).isEqualTo("Unduh CSV (2 muatan)");
        assertThat(download(0).getText())
            .isEqualTo("Unduh CSV (hanya 1 muatan versi ini; baris dari versi sebelumnya tidak termasuk)");

        // the file itself: SchemaVersionDownloadsTest, and the browser journey downloads
        // it
        assertThat(first.getHref()).isNotBlank();
    }

    @Test
    void anotherOpdsStaffSeeTheVersionsOfAnInternalDatasetButNotItsData() {
        Dataset dataset = scenario.datasetRenamedAfterTwoLoads(opds.opd("PemilikRiwayat"), Visibility.INTERNAL);
        login(opds.opdStaff(opds.opd("OpdLainRiwayat")));
        openDatasetTab(dataset.id(), "tab-versions");

        assertThat(GridKt._size(versionGrid())).isEqualTo(2);
        assertThat(((Span) GridKt._getCellComponent(versionGrid(), 1, SchemaVersionsPanel.DATA)).getText())
            .isEqualTo("Hanya untuk OPD pemilik dataset dan tim pengelola");
    }

    @Test
    void theVersionsTabReadsInEnglish() {
        Dataset dataset = scenario.datasetRenamedAfterTwoLoads(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        UI.getCurrent().getSession().setLocale(Locales.ENGLISH);
        UI.getCurrent().setLocale(Locales.ENGLISH);
        openDatasetTab(dataset.id(), "tab-versions");

        assertThat(GridKt._getFormattedRow(versionGrid(), 0)).contains("renamed jumlah_penduduk \u2192 penduduk");
        assertThat(download(1).getText()).isEqualTo("Download CSV (2 loads)");
    }

    /** The download link of the grid's row (newest version first). */
    private static Anchor download(int row) {
        return (Anchor) GridKt._getCellComponent(versionGrid(), row, SchemaVersionsPanel.DATA);
    }

    @SuppressWarnings("unchecked")
    private static Grid<SchemaVersionDownloads.Entry> versionGrid() {
        return _get(Grid.class, spec -> spec.withId("schema-version-grid"));
    }

}
