package id.satudata.portal.region.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.EChart;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionChart;
import id.satudata.portal.region.RegionCharts;
import id.satudata.portal.region.RegionFigure;
import id.satudata.portal.region.RegionFigures;
import id.satudata.portal.region.RegionFixtures;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import id.satudata.portal.ui.RouteNotAllowedPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The regions and boundaries screen in the back office, without a browser. */
class WilayahViewTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RegionFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    RegionCharts charts;

    @Autowired
    ChartRenderer renderer;

    @BeforeEach
    void kaltimBoundariesOnly() {
        fixtures.removeBoundaries(RegionLevel.KECAMATAN);
        fixtures.kaltimKabKota();
    }

    @Test
    void anAdministratorSeesTheCurrentBoundariesAndAPreviewMapOfTheTenKabKota() {
        login(fixtures.administrator());
        UI.getCurrent().navigate(WilayahView.class);
        _assertOne(WilayahView.class);
        Grid<?> sets = _get(Grid.class, spec -> spec.withId("boundary-sets"));
        assertThat(GridKt._size(sets)).isGreaterThanOrEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(sets, 0))).contains("Kabupaten/kota", "10",
                "kaltim-kabkota-skematis.geojson");
        EChart map = _get(_get(ChoroplethView.class), EChart.class, spec -> {
        });
        JsonNode geoJson = JSON.readTree(map.getElement().getProperty("geoJson"));
        assertThat(geoJson.get("features")).hasSize(10);
        assertThat(map.getElement().getProperty("mapName")).startsWith("sd-kabkota-");
        assertThat(map.getOption()).contains("\"type\":\"map\"").contains("\"nameProperty\":\"kode\"");
        _assertNone(Paragraph.class, spec -> spec.withClasses("choropleth-unmatched"));
        _assertOne(Button.class, spec -> spec.withId("boundary-save"));
    }

    @Test
    void aDatasetsRowsWhoseCodeHasNoShapeAreCountedUnderTheMap() {
        login(fixtures.administrator());
        RegionChart chart = charts.chart(new RegionFigures("Penduduk", RegionLevel.KABKOTA, null,
                List.of(new RegionFigure("6403", 730_000.0, 10), new RegionFigure("3273", 2_500_000.0, 7)), "jiwa"));
        UI.getCurrent().add(new ChoroplethView(chart, renderer));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("choropleth-unmatched")).getText())
            .isEqualTo("7 dari 17 baris memiliki kode tanpa batas wilayah: 3273 (tidak ada batas, 7 baris)");
    }

    @Test
    void aBadFileIsRefusedInTheFormWithTheUnknownCodeNamed() {
        login(fixtures.administrator());
        UI.getCurrent().navigate(WilayahView.class);
        ObjectNode tree = RegionFixtures.kaltimTree();
        ((ObjectNode) tree.get("features").get(0).get("properties")).put("kode_bps", "6499");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("boundary-file")), "rusak.geojson",
                "application/geo+json", RegionFixtures.bytes(tree));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("boundary-save")));
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("boundary-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("1 dari 10 kode tidak ada di tabel referensi")
            .contains("Kode BPS, tingkat Kabupaten/kota")
            .contains("6499");
    }

    @Test
    void anAdministratorUploadsTheTrenggalekKecamatanAndPreviewsThem() {
        login(fixtures.administrator());
        UI.getCurrent().navigate(WilayahView.class);
        _get(Select.class, spec -> spec.withId("boundary-level")).setValue(RegionLevel.KECAMATAN);
        _get(Select.class, spec -> spec.withId("boundary-code-system")).setValue(CodeSystem.KEMENDAGRI);
        assertThat(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("boundary-code-property"))
                    .getValue())
            .isEqualTo("kode_kemendagri");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("boundary-file")), "trenggalek-kecamatan.geojson",
                "application/geo+json", RegionFixtures.trenggalekFile());
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("boundary-save")));
        NotificationsKt.expectNotifications("14 batas Kecamatan tersimpan.");
        EChart map = _get(_get(ChoroplethView.class), EChart.class, spec -> {
        });
        assertThat(JSON.readTree(map.getElement().getProperty("geoJson")).get("features")).hasSize(14);
        assertThat(map.getOption()).contains("Panggul");
    }

    @Test
    void otherStaffSeeTheScreenWithoutTheUploadForms() {
        login(opds.staff(Role.PENGAWAS));
        UI.getCurrent().navigate(WilayahView.class);
        _assertOne(WilayahView.class);
        _assertOne(ChoroplethView.class);
        _assertNone(Button.class, spec -> spec.withId("boundary-save"));
        _get(TabSheet.class).setSelectedIndex(1);
        _assertNone(Button.class, spec -> spec.withId("region-import-save"));
    }

    @Test
    void opdStaffMayNotOpenTheScreen() {
        login(opds.opdStaff(opds.opd("Dinkes")));
        UI.getCurrent().navigate("app/wilayah");
        _assertOne(RouteNotAllowedPage.class);
        _assertNone(WilayahView.class);
    }

    @Test
    void theRegionTableListsOneLevelWithBothCodes() {
        login(fixtures.administrator());
        UI.getCurrent().navigate(WilayahView.class);
        _get(TabSheet.class).setSelectedIndex(1);
        _get(Select.class, spec -> spec.withId("region-level")).setValue(RegionLevel.PROVINSI);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("region-count")).getText())
            .isEqualTo("38 wilayah");
        _get(Select.class, spec -> spec.withId("region-level")).setValue(RegionLevel.KABKOTA);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("region-search"))
            .setValue("Kutai Kartanegara");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("region-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("64.02", "6403", "Kabupaten Kutai Kartanegara",
                "Kalimantan Timur");
    }

    @Test
    void anAdministratorImportsRegionsFromCsvAndABadRowIsNamed() {
        login(fixtures.administrator());
        UI.getCurrent().navigate(WilayahView.class);
        _get(TabSheet.class).setSelectedIndex(1);
        Upload upload = _get(Upload.class, spec -> spec.withId("region-import-file"));
        UploadKt._upload(upload, "salah.csv", "text/csv",
                "tingkat,kode_kemendagri,nama\nKECAMATAN,64.99.01,Entah\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("region-import-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("region-import-error")).getText())
            .isEqualTo("Baris 2: wilayah induk 64.99 tidak ada di tabel referensi; impor induknya terlebih dahulu.");
        UploadKt._upload(upload, "kaltim-kec.csv", "text/csv",
                "tingkat,kode_kemendagri,nama\nKECAMATAN,64.72.01,Palaran\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("region-import-save")));
        NotificationsKt.expectNotifications("Impor selesai: 1 wilayah baru, 0 diperbarui, 0 tidak berubah.");
        _assertNone(Paragraph.class, spec -> spec.withId("region-import-error"));
    }

}
