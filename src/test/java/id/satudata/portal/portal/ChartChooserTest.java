package id.satudata.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.chart.ChartType;
import id.satudata.portal.datastore.Aggregate;
import id.satudata.portal.datastore.Field;
import id.satudata.portal.datastore.FieldRole;
import id.satudata.portal.datastore.FieldType;
import id.satudata.portal.datastore.TableSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartChooserTest {

    static Field dimension(String name, FieldType type) {
        return new Field(name, name, type, null, true, FieldRole.DIMENSION);
    }

    static Field measure(String name, FieldType type, String unit) {
        return new Field(name, name, type, unit, true, FieldRole.MEASURE);
    }

    static TableSchema schema(Field... fields) {
        return new TableSchema(List.of(fields), List.of());
    }

    @Test
    void aMeasureOverYearsIsALineOfSums() {
        TableSchema schema = schema(dimension("nama_kabupaten_kota", FieldType.STRING),
                dimension("tahun", FieldType.YEAR), measure("jumlah_penduduk", FieldType.INTEGER, "jiwa"));
        ChartPlan plan = ChartChooser.choose(schema, f -> 10).orElseThrow();
        assertThat(plan.type()).isEqualTo(ChartType.LINE);
        assertThat(plan.dimension().name()).isEqualTo("tahun");
        assertThat(plan.function()).isEqualTo(Aggregate.SUM);
    }

    @Test
    void aRateIsAveragedNotSummed() {
        TableSchema schema = schema(dimension("tahun", FieldType.YEAR),
                measure("tingkat_pengangguran_terbuka", FieldType.NUMBER, null));
        assertThat(ChartChooser.choose(schema, f -> 18).orElseThrow().function()).isEqualTo(Aggregate.AVG);
    }

    @Test
    void aMeasureOverManyRegionsIsHorizontalBarsAndOverFewIsColumns() {
        TableSchema schema = schema(dimension("nama_kabupaten_kota", FieldType.STRING),
                measure("jumlah_sekolah", FieldType.INTEGER, "unit"));
        assertThat(ChartChooser.choose(schema, f -> 27).orElseThrow().type()).isEqualTo(ChartType.BAR);
        assertThat(ChartChooser.choose(schema, f -> 10).orElseThrow().type()).isEqualTo(ChartType.COLUMN);
    }

    @Test
    void sharesOfAFewCategoriesAreAPie() {
        TableSchema schema = schema(dimension("jenis_kelamin", FieldType.STRING),
                measure("persentase", FieldType.NUMBER, "persen"));
        assertThat(ChartChooser.choose(schema, f -> 2).orElseThrow().type()).isEqualTo(ChartType.PIE);
    }

    @Test
    void identifiersAreNotMeasuresSoRowsAreCountedPerCategory() {
        TableSchema schema = schema(measure("id", FieldType.INTEGER, null), dimension("tahun", FieldType.YEAR),
                dimension("nama_kabupaten_kota", FieldType.STRING), dimension("nama_stasiun", FieldType.STRING));
        Map<String, Long> distinct = Map.of("tahun", 1L, "nama_kabupaten_kota", 12L, "nama_stasiun", 80L);
        ChartPlan plan = ChartChooser.choose(schema, f -> distinct.get(f.name())).orElseThrow();
        assertThat(plan.countsRows()).isTrue();
        assertThat(plan.function()).isEqualTo(Aggregate.COUNT);
        assertThat(plan.dimension().name()).isEqualTo("nama_kabupaten_kota");
    }

    @Test
    void noMeasureOrNoUsableDimensionMeansNoChart() {
        assertThat(ChartChooser.choose(schema(dimension("nama", FieldType.STRING)), f -> 5)).isEmpty();
        assertThat(ChartChooser
            .choose(schema(dimension("nama", FieldType.STRING), measure("nilai", FieldType.NUMBER, null)), f -> 500))
            .isEmpty();
    }

}
