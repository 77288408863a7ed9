package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.test.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's entry point: a region-code column grouped as the data stores it becomes
 * a map or, without boundaries, bars; rows whose code no shape shows are counted.
 */
@PortalTest
class RegionChartsTest {

    @Autowired
    RegionCharts charts;

    @Autowired
    RegionFixtures fixtures;

    @BeforeEach
    void kaltimKabKotaBoundaries() {
        fixtures.kaltimKabKota();
    }

    @Test
    void bpsCodesInSpreadsheetSpellingsAreDetectedMatchedByCodeAndTheRestCountedInRows() {
        List<RegionFigure> figures = new ArrayList<>();
        figures.add(new RegionFigure(6403.0, 730_000.0, 40));
        figures.add(new RegionFigure("6402", 160_000.0, 40));
        figures.add(new RegionFigure("'6404", 430_000.0, 40));
        figures.add(new RegionFigure(6405, 250_000.0, 40));
        figures.add(new RegionFigure("3273", 2_500_000.0, 12));
        figures.add(new RegionFigure(null, 900.0, 3));
        figures.add(new RegionFigure("Samarinda", 5.0, 2));
        RegionChart chart = charts.chart(new RegionFigures("Penduduk", RegionLevel.KABKOTA, null, figures, "jiwa"));
        assertThat(chart.isMap()).isTrue();
        assertThat(chart.codeSystem()).isEqualTo(CodeSystem.BPS);
        RegionMap map = (RegionMap) chart.choropleth();
        assertThat(value(map, "Kabupaten Kutai Kartanegara")).isEqualTo(730_000.0);
        assertThat(value(map, "Kabupaten Kutai Barat")).isEqualTo(160_000.0);
        assertThat(value(map, "Kabupaten Kutai Timur")).isEqualTo(430_000.0);
        assertThat(value(map, "Kabupaten Berau")).isEqualTo(250_000.0);
        assertThat(chart.rows()).isEqualTo(177);
        assertThat(chart.unmatchedRows()).isEqualTo(17);
        assertThat(chart.unmatched()).extracting(UnmatchedValue::code).containsExactly("3273", "", "Samarinda");
        assertThat(chart.unmatched()).extracting(chart::rowsOf).containsExactly(12L, 3L, 2L);
        assertThat(chart.mapOption(Locale.forLanguageTag("id"), "-"))
            .hasValueSatisfying(option -> assertThat(option).contains("\"type\":\"map\"", "\"name\":\"6403\""));
    }

    @Test
    void dottedKemendagriCodesAreReadAsKemendagriNeverAsBps() {
        List<RegionFigure> figures = List.of(new RegionFigure("64.02", 730_000.0, 1),
                new RegionFigure("64.07", 160_000.0, 1));
        RegionChart chart = charts.chart(new RegionFigures("Penduduk", RegionLevel.KABKOTA, null, figures, "jiwa"));
        assertThat(chart.codeSystem()).isEqualTo(CodeSystem.KEMENDAGRI);
        RegionMap map = (RegionMap) chart.choropleth();
        assertThat(value(map, "Kabupaten Kutai Kartanegara")).isEqualTo(730_000.0);
        assertThat(value(map, "Kabupaten Kutai Barat")).isEqualTo(160_000.0);
        assertThat(chart.unmatchedRows()).isZero();
    }

    @Test
    void withoutBoundariesTheFiguresBecomeBarsAndUnknownCodesStillCountInRows() {
        fixtures.removeBoundaries(RegionLevel.KECAMATAN);
        List<RegionFigure> figures = List.of(new RegionFigure("35.03.11", 70_000.0, 5),
                new RegionFigure("35.03.99", 1.0, 4));
        RegionChart chart = charts
            .chart(new RegionFigures("Penduduk", RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI, figures, "jiwa"));
        assertThat(chart.isMap()).isFalse();
        RegionBars bars = (RegionBars) chart.choropleth();
        assertThat(bars.chart().type()).isEqualTo(ChartType.BAR);
        assertThat(bars.chart().categories()).containsExactly("Trenggalek", "35.03.99");
        assertThat(chart.unmatchedRows()).isEqualTo(4);
        assertThat(chart.mapOption(Locale.ENGLISH, "-")).isEmpty();
    }

    @Test
    void twoFiguresForTheSameCodeSpellingAreRefused() {
        List<RegionFigure> figures = List.of(new RegionFigure(6403, 1.0, 1), new RegionFigure("6403", 2.0, 1));
        assertThatThrownBy(
                () -> charts.chart(new RegionFigures("X", RegionLevel.KABKOTA, CodeSystem.BPS, figures, null)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static Double value(RegionMap map, String name) {
        return map.areas().stream().filter(a -> a.region().name().equals(name)).findFirst().orElseThrow().value();
    }

}
