package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.ProjectFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values keyed by region code become a map matched to the uploaded boundaries by code;
 * values without a shape are counted and listed; without boundaries a bar chart.
 */
@PortalTest
class ChoroplethBuilderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChoroplethBuilder builder;

    @Autowired
    RegionFixtures fixtures;

    @BeforeEach
    void kaltimKabKotaBoundaries() {
        fixtures.kaltimKabKota();
    }

    @Test
    void kaltimDataKeyedByBpsCodesColoursAllTenKabKota() {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        List.of("6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474")
            .forEach(code -> values.put(code, (double) values.size() + 1));
        RegionMap map = (RegionMap) builder
            .build(new MapSpec("Penduduk", RegionLevel.KABKOTA, CodeSystem.BPS, values, "jiwa"));
        assertThat(map.unmatched()).isEmpty();
        assertThat(map.areas()).hasSize(10).allSatisfy(area -> assertThat(area.value()).isNotNull());
        assertThat(area(map, "Kabupaten Kutai Kartanegara").key()).isEqualTo("6403");
        assertThat(area(map, "Kabupaten Kutai Kartanegara").value()).isEqualTo(3.0);
        // BPS 6402 is Kutai Barat, not Kutai Kartanegara (Kemendagri 64.02)
        assertThat(area(map, "Kabupaten Kutai Barat").value()).isEqualTo(2.0);
        JsonNode geoJson = JSON.readTree(map.geoJson());
        assertThat(geoJson.get("features")).hasSize(10);
        assertThat(geoJson.get("features").valueStream().map(f -> f.get("properties").get("kode").asString()))
            .containsExactlyInAnyOrderElementsOf(values.keySet());
    }

    @Test
    void dataKeyedByKemendagriCodesIsMatchedToTheSameShapes() {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        values.put("64.02", 720_000.0);
        values.put("64.07", 160_000.0);
        RegionMap map = (RegionMap) builder
            .build(new MapSpec("Penduduk", RegionLevel.KABKOTA, CodeSystem.KEMENDAGRI, values, "jiwa"));
        assertThat(map.unmatched()).isEmpty();
        assertThat(area(map, "Kabupaten Kutai Kartanegara").value()).isEqualTo(720_000.0);
        assertThat(area(map, "Kabupaten Kutai Kartanegara").key()).isEqualTo("64.02");
        assertThat(area(map, "Kabupaten Kutai Barat").value()).isEqualTo(160_000.0);
        assertThat(map.areasWithValues()).isEqualTo(2);
        assertThat(map.areas()).hasSize(10);
    }

    @Test
    void theCodeFormsOfRealFilesAreMatched() {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        values.put("6403.0", 1.0);
        values.put(" 6471 ", 2.0);
        values.put("\"6472\"", 3.0);
        RegionMap map = (RegionMap) builder
            .build(new MapSpec("Contoh", RegionLevel.KABKOTA, CodeSystem.BPS, values, null));
        assertThat(map.unmatched()).isEmpty();
        assertThat(area(map, "Kota Samarinda").value()).isEqualTo(3.0);
    }

    @Test
    void aKnownRegionWithoutAShapeIsCountedAndListedNotDropped() {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        values.put("6472", 10.0);
        values.put("3273", 20.0);
        values.put("9999", 30.0);
        values.put("Samarinda", 40.0);
        values.put("64", 50.0);
        values.put("6472.0", 60.0);
        RegionMap map = (RegionMap) builder
            .build(new MapSpec("Contoh", RegionLevel.KABKOTA, CodeSystem.BPS, values, null));
        assertThat(map.unmatched()).extracting(UnmatchedValue::code, UnmatchedValue::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("3273", UnmatchedValue.Reason.NO_SHAPE),
                    org.assertj.core.groups.Tuple.tuple("9999", UnmatchedValue.Reason.UNKNOWN_REGION),
                    org.assertj.core.groups.Tuple.tuple("Samarinda", UnmatchedValue.Reason.NOT_A_CODE),
                    org.assertj.core.groups.Tuple.tuple("64", UnmatchedValue.Reason.OTHER_LEVEL),
                    org.assertj.core.groups.Tuple.tuple("6472.0", UnmatchedValue.Reason.DUPLICATE));
        assertThat(area(map, "Kota Samarinda").value()).isEqualTo(10.0);
    }

    @Test
    void jabarDataHasNoShapeOnTheKaltimMapAndEveryRowIsListed() {
        Map<String, @Nullable Double> tpt2024 = jabarUnemployment2024();
        assertThat(tpt2024).hasSize(27);
        RegionMap map = (RegionMap) builder
            .build(new MapSpec("TPT 2024", RegionLevel.KABKOTA, CodeSystem.BPS, tpt2024, "persen"));
        assertThat(map.unmatched()).hasSize(27)
            .allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnmatchedValue.Reason.NO_SHAPE));
        assertThat(map.unmatched()).extracting(UnmatchedValue::code).contains("3273");
        assertThat(map.areasWithValues()).isZero();
    }

    @Test
    void withoutBoundariesForTheLevelTheSameDataBecomesABarChart() {
        fixtures.removeBoundaries(RegionLevel.KECAMATAN);
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        values.put("35.03.11", 70_000.0);
        values.put("35.03.01", 45_000.0);
        values.put("35.03.99", 1.0);
        Choropleth choropleth = builder
            .build(new MapSpec("Penduduk", RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI, values, "jiwa"));
        assertThat(choropleth).isInstanceOf(RegionBars.class);
        RegionBars bars = (RegionBars) choropleth;
        assertThat(bars.chart().type()).isEqualTo(ChartType.BAR);
        assertThat(bars.chart().categories()).containsExactly("Trenggalek", "Panggul", "35.03.99");
        assertThat(bars.chart().series().getFirst().values()).containsExactly(70_000.0, 45_000.0, 1.0);
        assertThat(bars.chart().unit()).isEqualTo("jiwa");
        assertThat(bars.unmatched()).extracting(UnmatchedValue::code).containsExactly("35.03.99");
    }

    @Test
    void thePreviewColoursEveryShapeWithASampleValue() {
        RegionMap preview = (RegionMap) builder.preview(RegionLevel.KABKOTA, "Contoh");
        assertThat(preview.areas()).hasSize(10).allSatisfy(area -> assertThat(area.value()).isBetween(1.0, 100.0));
        assertThat(preview.unmatched()).isEmpty();
    }

    private static MapArea area(RegionMap map, String name) {
        return map.areas().stream().filter(a -> a.region().name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * kode_kabupaten_kota -> tingkat_pengangguran_terbuka of 2024, as the file has them.
     */
    private static Map<String, @Nullable Double> jabarUnemployment2024() {
        List<String> lines = ProjectFiles.utf8(ProjectFiles.demo("tpt_kabkota_jabar_crlf.csv")).lines().toList();
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[7].strip().equals("2024")) {
                values.put(cells[3], Double.valueOf(cells[5]));
            }
        }
        return values;
    }

}
