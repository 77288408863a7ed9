package id.satudata.portal.datastore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetDraft;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.UpdateFrequency;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.KaribuTest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The preview tab of a dataset in the back office: a lazy grid whose every column filter
 * looks for part of the value, sorted by the query service.
 */
class DataPreviewTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetQueryService queries;

    @Autowired
    DatasetService datasets;

    @SuppressWarnings("unchecked")
    private Grid<DataRow> previewOfThreeRegencies() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        login(fixtures.teknis());
        UI.getCurrent().add(new DataPreview(dataset, queries, ZoneId.of("Asia/Makassar")));
        return _get(Grid.class, spec -> spec.withId("data-grid"));
    }

    /** Values that Java writes as 4.9E-5, 7000000.0 and 10306.0. */
    @SuppressWarnings("unchecked")
    private Grid<DataRow> previewOfMeasurements(Locale locale) {
        TableSchema schema = new TableSchema(
                List.of(new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                        new SchemaField("kadar", "Kadar", FieldType.NUMBER, "mg/l", false, FieldRole.MEASURE),
                        new SchemaField("pajak", "Pajak", FieldType.NUMBER, "rupiah", false, FieldRole.MEASURE),
                        new SchemaField("jumlah", "Jumlah", FieldType.INTEGER, null, false, FieldRole.MEASURE)),
                List.of("tahun"));
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL, schema);
        fixtures.load(dataset, LoadMode.APPEND, """
                tahun,kadar,pajak,jumlah
                2023,0.000049,7000000,10306
                2024,-1234.5,3000000000.25,-42
                """);
        login(fixtures.teknis());
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().add(new DataPreview(dataset, queries, ZoneId.of("Asia/Makassar")));
        return _get(Grid.class, spec -> spec.withId("data-grid"));
    }

    @Test
    void numbersAreShownWithIndonesianMarksAndNeverInScientificNotation() {
        Grid<DataRow> grid = previewOfMeasurements(Locale.of("id"));

        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("1", "2023", "0,000049", "7.000.000", "10.306");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("2", "2024", "-1.234,5", "3.000.000.000,25",
                "-42");
    }

    @Test
    void numbersAreShownWithEnglishMarksInEnglish() {
        Grid<DataRow> grid = previewOfMeasurements(Locale.ENGLISH);

        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("1", "2023", "0.000049", "7,000,000", "10,306");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("2", "2024", "-1,234.5", "3,000,000,000.25",
                "-42");
    }

    @Test
    void everyColumnFilterLooksForPartOfTheValueEvenInNumbers() {
        Grid<DataRow> grid = previewOfThreeRegencies();
        assertThat(count()).isEqualTo("3 baris");
        TextField population = _get(TextField.class, spec -> spec.withId("filter-jumlah_penduduk"));
        assertThat(population.getPlaceholder()).isEqualTo("Saring");

        population.setValue("73");
        assertThat(count()).isEqualTo("1 baris");
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("3", "6471", "Balikpapan", "2023", "730.000",
                "512,12");
        _get(TextField.class, spec -> spec.withId("filter-nama_kabupaten_kota")).setValue("  paser ");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(count()).isEqualTo("0 baris");
    }

    @Test
    void theRowNumberIsNotSortableTheOtherColumnsSortInTheQuery() {
        Grid<DataRow> grid = previewOfThreeRegencies();
        assertThat(grid.getColumns().getFirst().isSortable()).isFalse();
        assertThat(grid.getColumns().stream().skip(1).map(Grid.Column::getKey)).containsExactly("kode_kabupaten_kota",
                "nama_kabupaten_kota", "tahun", "jumlah_penduduk", "luas_km2");

        GridKt._sortByKey(grid, "luas_km2", SortDirection.ASCENDING);

        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Balikpapan");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("Kutai Barat");
    }

    @Test
    void aDatasetWithoutASchemaHasNoGridYet() {
        login(fixtures.teknis());
        Dataset bare = datasets.create(new DatasetDraft(fixtures.opd().id(), null, "tanpa-skema-" + System.nanoTime(),
                "Tanpa skema", "", UpdateFrequency.YEARLY, Visibility.INTERNAL));

        UI.getCurrent().add(new DataPreview(bare, queries, ZoneId.of("Asia/Makassar")));

        _get(Span.class, spec -> spec.withText("Dataset ini belum punya skema."));
        _assertNone(Grid.class, spec -> spec.withId("data-grid"));
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("data-count")).getText();
    }

}
