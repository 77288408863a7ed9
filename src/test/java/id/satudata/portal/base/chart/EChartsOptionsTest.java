package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EChartsOptionsTest {

    private static final List<String> YEARS = List.of("2021", "2022", "2023");

    @Test
    void aLineChartHasTheCategoriesOnTheXAxisAndTheValuesInOrder() {
        ChartSpec spec = ChartSpec.of(ChartType.LINE, "Penduduk", YEARS, "Jiwa", Arrays.asList(1.0, null, 3.5), "jiwa");
        ObjectNode option = EChartsOptions.toOption(spec);
        assertThat(option.at("/xAxis/type").asString()).isEqualTo("category");
        assertThat(option.at("/xAxis/data/2").asString()).isEqualTo("2023");
        assertThat(option.at("/yAxis/name").asString()).isEqualTo("jiwa");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(option.at("/series/0/data/1").isNull()).isTrue();
        assertThat(option.at("/series/0/data/2").asDouble()).isEqualTo(3.5);
        assertThat(option.at("/title/text").asString()).isEqualTo("Penduduk");
        assertThat(option.at("/aria/enabled").asBoolean()).isTrue();
    }

    @Test
    void aBarChartLaysTheCategoriesOnTheVerticalAxis() {
        ChartSpec spec = ChartSpec.of(ChartType.BAR, "Per OPD", List.of("Dinkes", "Dishub"), "n", List.of(4.0, 2.0),
                null);
        ObjectNode option = EChartsOptions.toOption(spec);
        assertThat(option.at("/yAxis/type").asString()).isEqualTo("category");
        assertThat(option.at("/xAxis/type").asString()).isEqualTo("value");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
    }

    @Test
    void aPieChartNamesEachSlice() {
        ChartSpec spec = ChartSpec.of(ChartType.PIE, "Status", List.of("Tervalidasi", "Tertunda"), "n",
                List.of(7.0, 3.0), null);
        ObjectNode option = EChartsOptions.toOption(spec);
        assertThat(option.at("/series/0/type").asString()).isEqualTo("pie");
        assertThat(option.at("/series/0/data/0/name").asString()).isEqualTo("Tervalidasi");
        assertThat(option.at("/series/0/data/1/value").asDouble()).isEqualTo(3.0);
        assertThat(option.has("xAxis")).isFalse();
    }

    @Test
    void anAreaChartIsAFilledLine() {
        ChartSpec spec = ChartSpec.of(ChartType.AREA, "A", YEARS, "s", List.of(1.0, 2.0, 3.0), null);
        ObjectNode option = EChartsOptions.toOption(spec);
        assertThat(option.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(option.at("/series/0/areaStyle").isObject()).isTrue();
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> ChartSpec.of(ChartType.LINE, "x", YEARS, "s", List.of(1.0), null))
            .isInstanceOf(IllegalArgumentException.class);
    }

}
