package id.satudata.portal.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.catalog.CatalogEvent;
import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.catalog.CatalogService;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue tab of a dataset in the back office: OPD staff describe their dataset,
 * the walidata releases and withdraws it, and the record shows both.
 */
class CatalogTabTest extends KaribuTest {

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    CatalogService catalog;

    @Autowired
    DatasetService datasets;

    @Test
    void theWalidataDescribesAndReleasesADatasetAndTheRecordShowsBoth() {
        Dataset dataset = fixtures.dataset(opds.opd("KatalogRilis"), "Jumlah Puskesmas", "Puskesmas per kecamatan",
                Visibility.INTERNAL);
        login(fixtures.walidata());
        openDatasetTab(dataset.id(), "tab-catalog-tab");
        assertThat(status()).startsWith("Dataset ini belum pernah dirilis");

        topicField().setValue(topic("kesehatan"));
        _get(TextField.class, spec -> spec.withId("meta-tags")).setValue("Puskesmas, Layanan Kesehatan");
        _get(TextField.class, spec -> spec.withId("meta-unit")).setValue("unit");
        _get(TextField.class, spec -> spec.withId("meta-periodStart")).setValue("2019");
        _get(TextField.class, spec -> spec.withId("meta-periodEnd")).setValue("2024");
        _click(_get(Button.class, spec -> spec.withId("meta-save")));
        NotificationsKt.expectNotifications("Metadata disimpan.");

        _get(TextField.class, spec -> spec.withId("release-note")).setValue("Data triwulan III");
        _click(_get(Button.class, spec -> spec.withId("release")));
        NotificationsKt.expectNotifications("Dataset dirilis ke publik.");

        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.PUBLIC);
        DatasetMetadata saved = catalog.get(dataset.id());
        assertThat(saved.tags()).containsExactlyInAnyOrder("puskesmas", "layanan-kesehatan");
        assertThat(saved.unit()).isEqualTo("unit");
        assertThat(saved.periodStart()).isEqualTo(2019);
        assertThat(saved.periodEnd()).isEqualTo(2024);
        assertThat(status()).startsWith("Dataset ini publik: dirilis");
        Grid<CatalogEvent> history = historyGrid();
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Dirilis", "Data triwulan III");
        assertThat(GridKt._getFormattedRow(history, 1)).contains("Metadata diubah");
    }

    @Test
    void aReleaseWithoutATopicIsRefusedSayingWhyAndTheDatasetStaysInternal() {
        Dataset dataset = fixtures.dataset(opds.opd("KatalogTopik"), "Jumlah Guru", "Guru per jenjang",
                Visibility.INTERNAL);
        login(fixtures.walidata());
        openDatasetTab(dataset.id(), "tab-catalog-tab");

        _click(_get(Button.class, spec -> spec.withId("release")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("catalog-release-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Pilih topik dataset sebelum merilisnya.");
        assertThat(topicField().isInvalid()).isTrue();
        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(GridKt._size(historyGrid())).isZero();
    }

    @Test
    void aWithdrawalNeedsAReasonAndThenTakesTheDatasetBackFromThePublic() {
        Dataset dataset = fixtures.released(opds.opd("KatalogTarik"), "Jumlah Pasar", "Pasar per kota", "ekonomi",
                List.of("pasar"));
        login(fixtures.walidata());
        openDatasetTab(dataset.id(), "tab-catalog-tab");

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("catalog-release-error")).getText())
            .isEqualTo("Tuliskan alasan penarikan dataset.");
        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.PUBLIC);

        _get(TextField.class, spec -> spec.withId("withdraw-reason")).setValue("Angka 2023 sedang diperbaiki");
        _click(_get(Button.class, spec -> spec.withId("withdraw")));

        NotificationsKt.expectNotifications("Dataset ditarik dari publik.");
        assertThat(datasets.get(dataset.id()).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(status()).startsWith("Dataset ini ditarik dari publik");
        assertThat(GridKt._getFormattedRow(historyGrid(), 0)).contains("Ditarik", "Angka 2023 sedang diperbaiki");
        _get(Button.class, spec -> spec.withId("release"));
    }

    @Test
    void opdStaffDescribeTheirOwnDatasetButReleaseIsTheWalidatas() {
        Opd opd = opds.opd("KatalogOpd");
        Dataset dataset = fixtures.dataset(opd, "Jumlah Bidan", "Bidan per puskesmas", Visibility.INTERNAL);
        login(opds.opdStaff(opd));
        openDatasetTab(dataset.id(), "tab-catalog-tab");

        _assertNone(Button.class, spec -> spec.withId("release"));
        _assertNone(Checkbox.class, spec -> spec.withId("meta-featured"));
        _get(TextField.class, spec -> spec.withId("meta-contactEmail")).setValue("bukan surel");
        _click(_get(Button.class, spec -> spec.withId("meta-save")));

        TextField email = _get(TextField.class, spec -> spec.withId("meta-contactEmail"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Alamat surel kontak tidak valid.");
        assertThat(catalog.history(dataset.id())).isEmpty();

        email.setValue("bidan@dinkes.example.go.id");
        TextField start = _get(TextField.class, spec -> spec.withId("meta-periodStart"));
        start.setValue("20x4"); // the field lets no letter through; a crafted request can
        _click(_get(Button.class, spec -> spec.withId("meta-save")));
        assertThat(start.getErrorMessage()).isEqualTo("Tahun 20x4 tidak valid.");
        assertThat(start.isInvalid()).isTrue();
        assertThat(catalog.history(dataset.id())).isEmpty();
        start.setValue("");

        _click(_get(Button.class, spec -> spec.withId("meta-save")));
        NotificationsKt.expectNotifications("Metadata disimpan.");
        assertThat(catalog.get(dataset.id()).contactEmail()).isEqualTo("bidan@dinkes.example.go.id");
    }

    @Test
    void staffOfAnotherAgencyReadTheMetadataWithoutSaving() {
        Dataset dataset = fixtures.dataset(opds.opd("KatalogBaca"), "Jumlah Sekolah", "Sekolah per jenjang",
                Visibility.INTERNAL);
        login(opds.staff(Role.TEKNIS));
        openDatasetTab(dataset.id(), "tab-catalog-tab");

        _assertNone(Button.class, spec -> spec.withId("meta-save"));
        assertThat(topicField().isReadOnly()).isTrue();
    }

    private Topic topic(String code) {
        return catalog.topics().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Topic> topicField() {
        return _get(ComboBox.class, spec -> spec.withId("meta-topic"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CatalogEvent> historyGrid() {
        return _get(Grid.class, spec -> spec.withId("catalog-history"));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("catalog-status")).getText();
    }

}
