package id.satudata.portal.datastore.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accumulator on a wide village file, without a database. */
class RollupAccumulatorTest {

    /** Year, district, village and 25 counts, key on village + year. */
    private static final TableSchema WIDE = wide();

    @Test
    void whenItsMemoryRunsOutItRetiresTheVillageGroupingsOfAWideFileAndKeepsAddingUpTheOthers() {
        List<Rollups.Grouping> groupings = Rollups.groupings(WIDE);
        RollupAccumulator accumulator = new RollupAccumulator(WIDE, groupings, 0);
        int rows = 0;
        for (int village = 0; village < 20_000; village++) {
            for (int year = 2015; year < 2020; year++) {
                accumulator.add(row(village, year));
                rows++;
            }
        }
        assertThat(accumulator.overflowed()).isFalse();
        List<String> retired = accumulator.retire(rows);
        // one group per village (and its years): 26 cells per group, as many as the table
        assertThat(retired).containsExactlyInAnyOrder("kode_desa", "kecamatan,kode_desa");
        List<Object[]> kept = accumulator.rows();
        // years: 5, districts: 500, year × district: 2,500
        assertThat(kept).hasSize(5 + 500 + 2_500);
        long villagesIn2015 = kept.stream()
            .filter(r -> r[0].equals("tahun") && r[1].equals("2015"))
            .mapToLong(r -> (Long) r[3])
            .sum();
        assertThat(villagesIn2015).isEqualTo(20_000);
    }

    @Test
    void whenEvenTheGroupingsItKeepsOutgrowItsMemoryItLeavesTheRebuildTheGroupingsNotRetired() {
        List<Rollups.Grouping> groupings = Rollups.groupings(WIDE);
        // room for 1,000 groups of 26 cells: the villages are retired, then year ×
        // district
        // (2,500 groups, not sparse) outgrows it
        RollupAccumulator accumulator = new RollupAccumulator(WIDE, groupings, 0, 26_000);
        for (int village = 0; village < 20_000; village++) {
            for (int year = 2015; year < 2020; year++) {
                accumulator.add(row(village, year));
            }
        }
        assertThat(accumulator.overflowed()).isTrue();
        assertThat(accumulator.stillKept()).extracting(Rollups.Grouping::key)
            .contains("tahun", "kecamatan", "tahun,kecamatan")
            .doesNotContain("kode_desa", "kecamatan,kode_desa");
    }

    private static Object[] row(int village, int year) {
        Object[] row = new Object[WIDE.fields().size()];
        row[0] = year;
        row[1] = "KECAMATAN " + village / 40;
        row[2] = "%08d".formatted(village);
        for (int c = 3; c < row.length; c++) {
            row[c] = (long) (village * 31 + year + c) % 5_000;
        }
        return row;
    }

    private static TableSchema wide() {
        List<SchemaField> fields = new ArrayList<>(
                List.of(new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                        new SchemaField("kecamatan", "Kecamatan", FieldType.STRING, null, true, FieldRole.DIMENSION),
                        new SchemaField("kode_desa", "Kode Desa", FieldType.STRING, null, true, FieldRole.DIMENSION)));
        for (int c = 0; c < 25; c++) {
            fields
                .add(new SchemaField("jumlah_" + c, "Jumlah " + c, FieldType.INTEGER, null, false, FieldRole.MEASURE));
        }
        return new TableSchema(fields, List.of("kode_desa", "tahun"));
    }

}
