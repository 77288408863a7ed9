package id.satudata.portal.datastore.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.query.RowQuery;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schema editor on a loaded dataset: a new name is a rename (values kept), a type
 * change that cannot convert is explained, a removed column is confirmed first.
 */
class SchemaEditorTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    DatasetService datasets;

    @Autowired
    DatasetQueryService queries;

    Dataset dataset;

    @BeforeEach
    void openLoadedDataset() {
        dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        fixtures.load(dataset, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        login(fixtures.teknis());
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
    }

    private SchemaEditor.FieldRow row(String name) {
        return _get(SchemaEditor.class).fieldRows()
            .stream()
            .filter(r -> r.name.getValue().equals(name))
            .findFirst()
            .orElseThrow();
    }

    private void save() {
        _get(Button.class, spec -> spec.withId("schema-save")).click();
    }

    private List<Object> column(int at) {
        return queries.rows(dataset.id(), RowQuery.all(), 0, 10).rows().stream().map(r -> r.values().get(at)).toList();
    }

    @Test
    void typingANewNameRenamesTheColumnAndKeepsItsValues() {
        SchemaEditor.FieldRow population = row("jumlah_penduduk");
        population.name.setValue("penduduk");
        assertThat(population.name.getHelperText()).isEqualTo("semula \"jumlah_penduduk\"");

        save();

        Dataset saved = datasets.get(dataset.id());
        assertThat(saved.schema().indexOf("penduduk")).isEqualTo(3);
        assertThat(column(3)).containsExactly(300000L, 170000L, 730000L);
    }

    @Test
    void aTypeChangeThatCannotConvertARequiredColumnIsExplainedAndChangesNothing() {
        SchemaEditor.FieldRow name = row("nama_kabupaten_kota");
        name.type.setValue(FieldType.INTEGER);
        name.required.setValue(true);

        save();

        assertThat(_get(SchemaEditor.class).refusalText())
            .isEqualTo("Kolom \"nama_kabupaten_kota\" tidak dapat diubah menjadi Bilangan bulat: 3 nilai tidak "
                    + "terbaca sebagai Bilangan bulat, mis. baris 1 (\"Paser\"), 2 (\"Kutai Barat\"), 3 (\"Balikpapan\").");
        assertThat(datasets.get(dataset.id()).schemaVersion()).isEqualTo(dataset.schemaVersion());
        assertThat(column(1)).containsExactly("Paser", "Kutai Barat", "Balikpapan");
    }

    @Test
    void removingALoadedColumnAsksFirstNamingTheRowsThatLoseAValue() {
        row("luas_km2").remove.click();
        save();

        var dialog = _get(DataLossDialog.class);
        assertThat(dialog.lossTexts())
            .containsExactly("Kolom \"luas_km2\" dihapus: 3 baris kehilangan nilainya, mis. baris 1 (\"11603.94\"), "
                    + "2 (\"20384.6\"), 3 (\"512.12\").");
        assertThat(datasets.get(dataset.id()).schema().field("luas_km2")).isPresent();

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(datasets.get(dataset.id()).schema().field("luas_km2")).isEmpty();
        assertThat(column(3)).containsExactly(300000L, 170000L, 730000L);
    }

}
