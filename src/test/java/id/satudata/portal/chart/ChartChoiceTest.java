package id.satudata.portal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionColumn;
import id.satudata.portal.region.RegionLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The automatic chart choice from a schema and what the data says about it. */
class ChartChoiceTest {

    private static SchemaField dim(String name, FieldType type) {
        return new SchemaField(name, name, type, null, true, FieldRole.DIMENSION);
    }

    private static SchemaField measure(String name, String unit) {
        return new SchemaField(name, name, FieldType.NUMBER, unit, false, FieldRole.MEASURE);
    }

    @Test
    void aMeasurePerRegionCodeAndYearIsAMapOfTheLatestYearAndALineOverTheYears() {
        TableSchema schema = new TableSchema(List.of(dim("kode_wilayah_bps", FieldType.STRING),
                dim("tahun", FieldType.YEAR), measure("jumlah_kasus", "kasus")), List.of());
        SchemaFacts facts = new SchemaFacts(schema, "kode_wilayah_bps",
                new RegionColumn(RegionLevel.KABKOTA, CodeSystem.BPS, 10, 10), "2025", Map.of());

        List<ChartDefinition> charts = ChartChoice.choose(facts);

        assertThat(charts).containsExactly(
                new ChartDefinition(ChartKind.MAP, "kode_wilayah_bps", null, "jumlah_kasus", Aggregate.SUM, "tahun",
                        "2025", ChartDefinition.DEFAULT_TOP),
                ChartDefinition.of(ChartKind.LINE, "tahun", "jumlah_kasus", Aggregate.SUM));
    }

    @Test
    void aCategoryWithFewValuesIsShownAsSharesAndOneWithManyAsRankedBars() {
        TableSchema schema = new TableSchema(List.of(dim("jenjang", FieldType.STRING), measure("jumlah_sekolah", null)),
                List.of());

        assertThat(ChartChoice.choose(new SchemaFacts(schema, null, null, null, Map.of("jenjang", 3))))
            .extracting(ChartDefinition::kind)
            .containsExactly(ChartKind.PIE);
        assertThat(ChartChoice.choose(new SchemaFacts(schema, null, null, null, Map.of("jenjang", 30))))
            .extracting(ChartDefinition::kind)
            .containsExactly(ChartKind.BAR);
    }

    @Test
    void ratesAreAveragedAndWithoutAMeasureRowsAreCounted() {
        TableSchema rates = new TableSchema(List.of(dim("tahun", FieldType.YEAR), measure("prevalensi", "persen")),
                List.of());
        TableSchema noMeasure = new TableSchema(List.of(dim("nama_stasiun", FieldType.STRING)), List.of());

        assertThat(ChartChoice.choose(SchemaFacts.of(rates)).getFirst().aggregation()).isEqualTo(Aggregate.AVG);
        ChartDefinition count = ChartChoice.choose(SchemaFacts.of(noMeasure)).getFirst();
        assertThat(count.measure()).isNull();
        assertThat(count.aggregation()).isEqualTo(Aggregate.COUNT);
        assertThat(count.query()).isEmpty();
    }

    @Test
    void aCategoryWithASingleValueIsNotCharted() {
        TableSchema schema = new TableSchema(
                List.of(dim("tanggal", FieldType.DATE), dim("periode", FieldType.STRING), measure("pm_10", null)),
                List.of());

        List<ChartDefinition> charts = ChartChoice
            .choose(new SchemaFacts(schema, null, null, "2022-12-31", Map.of("periode", 1)));

        assertThat(charts).containsExactly(ChartDefinition.of(ChartKind.LINE, "tanggal", "pm_10", Aggregate.SUM));
    }

    @Test
    void aDatasetWithoutDimensionsGetsNoChart() {
        TableSchema schema = new TableSchema(List.of(measure("nilai", null)), List.of());

        assertThat(ChartChoice.choose(SchemaFacts.of(schema))).isEmpty();
    }

    @Test
    void aCodeWrittenAsANumberIsNeverAddedUpRowsAreCountedInstead() {
        TableSchema schema = new TableSchema(
                List.of(dim("nama_kabupaten_kota", FieldType.STRING), measure("kode_kabupaten_kota", null)), List.of());

        assertThat(ChartChoice.choose(new SchemaFacts(schema, null, null, null, Map.of("nama_kabupaten_kota", 27))))
            .containsExactly(ChartDefinition.of(ChartKind.BAR, "nama_kabupaten_kota", null, Aggregate.COUNT));
    }

}
