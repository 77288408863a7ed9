package id.satudata.portal.chart;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.schema.SchemaInference;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.region.BoundaryUpload;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionBars;
import id.satudata.portal.region.RegionFixtures;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.region.RegionMap;
import id.satudata.portal.test.ProjectFiles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map is chosen for a column of region codes only where the regions have shapes: the
 * region table knows all 27 kab/kota of Jawa Barat, but the shared boundaries hold only
 * those of Kalimantan Timur, so a real Open Data Jabar file would get an empty map.
 */
@id.satudata.portal.test.PortalTest
class RegionMapChoiceTest {

    /** All 27 kab/kota of Jawa Barat for 2022-2024, in the format of Open Data Jabar. */
    private static final String TPT = "tpt_kabkota_jabar_crlf.csv";

    @Autowired
    DashboardCharts charts;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    OpdFixtures opds;

    @Autowired
    RegionFixtures regions;

    @Test
    void aJabarKabKotaFileIsNoMapWhileTheKabKotaBoundariesAreThoseOfKaltim() {
        regions.kaltimKabKota();
        Opd opd = opds.opd("PetaJabar");
        Dataset tpt = jabarFile(opd, TPT);

        SchemaFacts facts = as(opds.opdStaff(opd), () -> charts.facts(tpt.id()));

        assertThat(facts.regionField()).isNull();
        assertThat(ChartChoice.choose(facts)).extracting(ChartDefinition::kind)
            .containsExactly(ChartKind.LINE, ChartKind.BAR);
        ChartDefinition map = ChartDefinition.of(ChartKind.MAP, "kode_kabupaten_kota", "tingkat_pengangguran_terbuka",
                Aggregate.AVG);
        assertThatThrownBy(() -> as(datastore.teknis(), () -> charts.save(tpt.id(), 0, map)))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("dashboard.error.chart.notRegion");
    }

    @Test
    void withoutAnyKabKotaBoundariesTheJabarFileShowsItsRegionsAsBars() {
        regions.removeBoundaries(RegionLevel.KABKOTA);
        try {
            Opd opd = opds.opd("BatangJabar");
            Dataset tpt = jabarFile(opd, TPT);

            DashboardChart first = as(opds.opdStaff(opd), () -> charts.charts(tpt.id(), Locale.ROOT)).getFirst();

            assertThat(first.definition().kind()).isEqualTo(ChartKind.MAP);
            assertThat(first.definition().filterValue()).isEqualTo("2024");
            assertThat(first.region().choropleth()).isInstanceOf(RegionBars.class);
            assertThat(first.spec().categories()).hasSize(27).contains("Kabupaten Bogor", "Kota Banjar");
        }
        finally {
            regions.kaltimKabKota();
        }
    }

    @Test
    void boundariesUploadedForTheRegionsBringTheMapBack() {
        Opd opd = opds.opd("PetaKaltim");
        Dataset population = datastore.dataset(opd, Visibility.INTERNAL);
        datastore.load(population, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        regions.uploadAsAdministrator(new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.BPS, "kode_bps",
                "paser-saja.geojson", RegionFixtures.bytes(onlyPaser())));

        SchemaFacts onePaser = as(opds.opdStaff(opd), () -> charts.facts(population.id()));
        regions.kaltimKabKota();
        List<DashboardChart> drawn = as(opds.opdStaff(opd), () -> charts.charts(population.id(), Locale.ROOT));

        assertThat(onePaser.regionField()).isNull();
        assertThat(drawn.getFirst().definition().kind()).isEqualTo(ChartKind.MAP);
        RegionMap map = (RegionMap) drawn.getFirst().region().choropleth();
        assertThat(map.areasWithValues()).isEqualTo(3);
        assertThat(map.unmatched()).isEmpty();
    }

    @Test
    void aSavedMapWhoseRegionsLostTheirShapesGivesWayToTheAutomaticCharts() {
        regions.kaltimKabKota();
        Opd opd = opds.opd("PetaHilang");
        Dataset population = datastore.dataset(opd, Visibility.INTERNAL);
        datastore.load(population, LoadMode.REPLACE, DatastoreFixtures.POPULATION_CSV);
        as(datastore.teknis(), () -> charts.save(population.id(), 0,
                ChartDefinition.of(ChartKind.MAP, "kode_kabupaten_kota", "jumlah_penduduk", Aggregate.SUM)));
        try {
            regions.uploadAsAdministrator(new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.BPS, "kode_bps",
                    "paser-saja.geojson", RegionFixtures.bytes(onlyPaser())));

            List<DashboardChart> drawn = as(opds.opdStaff(opd), () -> charts.charts(population.id(), Locale.ROOT));

            assertThat(drawn).extracting(DashboardChart::automatic).containsOnly(true);
            assertThat(drawn).extracting(c -> c.definition().kind()).doesNotContain(ChartKind.MAP);
        }
        finally {
            regions.kaltimKabKota();
        }
    }

    /** The Kaltim kab/kota file with Paser (BPS 6401) as its only shape. */
    private static ObjectNode onlyPaser() {
        ObjectNode tree = RegionFixtures.kaltimTree();
        ArrayNode features = (ArrayNode) tree.get("features");
        for (int i = features.size() - 1; i >= 0; i--) {
            if (!features.get(i).get("properties").get("kode_bps").asString().equals("6401")) {
                features.remove(i);
            }
        }
        return tree;
    }

    /**
     * A dataset of a Jabar-style file with the schema the portal suggests for it (the
     * file has no quoted fields), loaded whole.
     */
    private Dataset jabarFile(Opd opd, String path) {
        String csv = ProjectFiles.utf8(ProjectFiles.demo(path));
        List<String[]> rows = csv.lines().map(line -> line.split(",", -1)).toList();
        Dataset dataset = datastore.dataset(opd, Visibility.INTERNAL, SchemaInference.infer(rows));
        datastore.load(dataset, LoadMode.REPLACE, csv);
        return dataset;
    }

}
