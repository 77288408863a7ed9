package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartNumbersTest {

    private static final Locale INDONESIAN = Locale.of("id");

    @Test
    void indonesianGroupsThousandsWithDotsAndDecimalsWithComma() {
        ChartNumbers numbers = new ChartNumbers(INDONESIAN);
        assertThat(numbers.value(1234567.5)).isEqualTo("1.234.567,5");
        assertThat(numbers.tick(0.5, NiceScale.of(0, 1, 5, false))).isEqualTo("0,5");
        assertThat(numbers.percent(0.345)).isEqualTo("34,5%");
    }

    @Test
    void englishUsesCommasForThousands() {
        ChartNumbers numbers = new ChartNumbers(Locale.ENGLISH);
        assertThat(numbers.value(1234567.5)).isEqualTo("1,234,567.5");
        assertThat(numbers.tick(1500, NiceScale.of(0, 2000, 4, true))).isEqualTo("1,500");
    }

    @Test
    void ticksOfLargeScalesAreShort() {
        NiceScale millions = NiceScale.of(0, 3_200_000, 4, true);
        assertThat(new ChartNumbers(INDONESIAN).tick(1_500_000, millions)).isEqualTo("1,5\u00a0jt");
        assertThat(new ChartNumbers(Locale.ENGLISH).tick(1_500_000, millions)).isEqualTo("1.5M");
    }

    @Test
    void tickLabelsShowTheDecimalsOfTheStep() {
        NiceScale scale = NiceScale.of(0, 0.37, 5, false);
        assertThat(scale.ticks().stream().map(t -> new ChartNumbers(INDONESIAN).tick(t, scale))).containsExactly("0,0",
                "0,1", "0,2", "0,3", "0,4");
    }

    @Test
    void longLabelsAreWrappedToTwoLinesAndShortenedWithAnEllipsis() {
        String name = "Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Timur";
        var lines = TextMetrics.wrap(name, 120, 11, false, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("Dinas");
        assertThat(lines.getLast()).endsWith("\u2026");
        lines.forEach(line -> assertThat(TextMetrics.width(line, 11, false)).isLessThanOrEqualTo(120));
        assertThat(TextMetrics.fit("Pendek", 120, 11, false)).isEqualTo("Pendek");
    }

}
