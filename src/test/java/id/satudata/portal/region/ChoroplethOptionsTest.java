package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The ECharts option of a choropleth, built on the server. */
class ChoroplethOptionsTest {

    private static final Region KUKAR = new Region(1, RegionLevel.KABKOTA, "64.02", "6403",
            "Kabupaten Kutai Kartanegara", 64L);

    private static final Region ODD = new Region(2, RegionLevel.KABKOTA, null, "6499", "<Kota> {b}", 64L);

    private static RegionMap map(List<MapArea> areas) {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        BoundarySet set = new BoundarySet(7, RegionLevel.KABKOTA, CodeSystem.BPS, "kode_bps", "f.geojson", 2, 10,
                "0".repeat(64), "admin", OffsetDateTime.parse("2026-01-01T00:00:00Z"), true, null, null);
        return new RegionMap(new MapSpec("Penduduk", RegionLevel.KABKOTA, CodeSystem.BPS, values, "jiwa"), set,
                "sd-kabkota-7-1", "{}", areas, List.of());
    }

    @Test
    void aMapSeriesMatchedByTheKodePropertyWithAVisualMapOverTheValues() {
        ObjectNode option = ChoroplethOptions.toOption(
                map(List.of(new MapArea("6403", KUKAR, 1234.5), new MapArea("6499", ODD, 10.0))),
                Locale.forLanguageTag("id"), "tidak ada data");
        var series = option.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("map");
        assertThat(series.get("map").asString()).isEqualTo("sd-kabkota-7-1");
        assertThat(series.get("nameProperty").asString()).isEqualTo("kode");
        assertThat(series.get("data").get(0).get("name").asString()).isEqualTo("6403");
        assertThat(series.get("data").get(0).get("value").asDouble()).isEqualTo(1234.5);
        assertThat(series.get("data").get(0).get("tooltip").get("formatter").asString())
            .isEqualTo("Kabupaten Kutai Kartanegara<br/>1.234,5 jiwa");
        assertThat(option.get("visualMap").get("min").asDouble()).isEqualTo(10.0);
        assertThat(option.get("visualMap").get("max").asDouble()).isEqualTo(1234.5);
    }

    @Test
    void theShapesKeepTheirAspectRatioAtEquatorialLatitudes() {
        var series = ChoroplethOptions
            .toOption(map(List.of(new MapArea("6403", KUKAR, 1.0))), Locale.ENGLISH, "no data")
            .get("series")
            .get(0);
        // a full box (left, right, top, bottom) would stretch the shapes to fill it
        assertThat(List.of("left", "right", "top", "bottom")).noneMatch(series::has);
        assertThat(series.get("aspectScale").asDouble()).isEqualTo(1.0);
    }

    @Test
    void namesAreEscapedForTheHtmlTooltipAndItsPlaceholders() {
        ObjectNode option = ChoroplethOptions.toOption(map(List.of(new MapArea("6499", ODD, null))), Locale.ENGLISH,
                "no data");
        var item = option.get("series").get(0).get("data").get(0);
        assertThat(item.has("value")).isFalse();
        assertThat(item.get("tooltip").get("formatter").asString()).isEqualTo("&lt;Kota&gt; &#123;b&#125;<br/>no data");
        assertThat(option.get("visualMap").get("show").asBoolean()).isFalse();
    }

}
