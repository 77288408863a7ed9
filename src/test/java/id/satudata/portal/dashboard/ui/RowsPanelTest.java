package id.satudata.portal.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.KaribuTest;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's rows tab over the three-row population dataset: columns from the
 * schema, filters by column type, the text search in a chosen column, sorting in the
 * query.
 */
class RowsPanelTest extends KaribuTest {

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    DatasetQueryService queries;

    private Grid<DataRow> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void threeRegencies() {
        Dataset dataset = datastore.dataset(datastore.opd(), Visibility.INTERNAL);
        datastore.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        login(datastore.teknis());
        UI.getCurrent().add(new RowsPanel(dataset, queries, new DashFormat(UI.getCurrent(), ZoneId.of("UTC"))));
        grid = _get(Grid.class, spec -> spec.withId("rows-grid"));
    }

    @Test
    void theRowNumberComesFirstThenTheSchemasColumnsSortableAndWithAFilterEach() {
        assertThat(grid.getColumns().stream().map(c -> grid.getHeaderRows().getFirst().getCell(c).getText()))
            .containsExactly("#", "Kode Kabupaten/Kota", "Nama Kabupaten/Kota", "Tahun", "Jumlah Penduduk", "Luas");
        assertThat(grid.getColumns().stream().map(Grid.Column::isSortable)).containsExactly(false, true, true, true,
                true, true);
        assertThat(filter("nama_kabupaten_kota").getPlaceholder()).isEqualTo("memuat...");
        assertThat(filter("jumlah_penduduk").getPlaceholder()).isEqualTo("sama dengan...");
        assertThat(count()).isEqualTo("3 baris");
        assertThat(GridKt._getFormattedRow(grid, 2)).containsExactly("3", "6471", "Balikpapan", "2023", "730.000",
                "512,12");
    }

    @Test
    void aTextColumnFilterFindsPartOfTheTextANumberColumnFilterOnlyTheWholeNumber() {
        filter("nama_kabupaten_kota").setValue("KUTAI");
        assertThat(names()).containsExactly("Kutai Barat");
        assertThat(count()).isEqualTo("1 baris");

        filter("nama_kabupaten_kota").clear();
        filter("jumlah_penduduk").setValue("30000");
        assertThat(names()).isEmpty();
        filter("jumlah_penduduk").setValue(" 300000 ");
        assertThat(names()).containsExactly("Paser");
    }

    @Test
    void aFilterThatDoesNotFitTheColumnTypeIsSaidSo() {
        filter("tahun").setValue("dua ribu");
        assertThat(count()).isEqualTo("Filter tidak sesuai dengan jenis kolom.");
    }

    @Test
    void theTextSearchLooksInTheChosenColumn() {
        TextField text = _get(TextField.class, spec -> spec.withId("rows-text"));
        @SuppressWarnings("unchecked")
        Select<SchemaField> column = _get(Select.class, spec -> spec.withId("rows-text-column"));
        assertThat(column.getValue().name()).isEqualTo("kode_kabupaten_kota");

        text.setValue("647");
        assertThat(names()).containsExactly("Balikpapan");
        column.setValue(column.getListDataView().getItems().toList().get(1));
        assertThat(names()).isEmpty();
        text.setValue("paser");
        assertThat(names()).containsExactly("Paser");
    }

    @Test
    void sortingByAColumnIsDoneByTheQueryAndFiltersStay() {
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("jumlah_penduduk")).build());
        assertThat(names()).containsExactly("Balikpapan", "Paser", "Kutai Barat");

        filter("nama_kabupaten_kota").setValue("a");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("luas_km2")).build());
        assertThat(names()).containsExactly("Balikpapan", "Paser", "Kutai Barat");
    }

    private TextField filter(String column) {
        return _get(TextField.class, spec -> spec.withId("rows-filter-" + column));
    }

    private String count() {
        return _get(Span.class, spec -> spec.withId("rows-count")).getText();
    }

    private List<String> names() {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).get(2)).toList();
    }

}
