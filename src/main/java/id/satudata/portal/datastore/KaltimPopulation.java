package id.satudata.portal.datastore;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A generated (plausible, not official) population of Kalimantan Timur's ten
 * kabupaten/kota per year, keyed by BPS region code and year, as CSV for the demo loads.
 */
final class KaltimPopulation {

    /** BPS code, name, population in 2015 (rounded, plausible). */
    private record Region(String code, String name, int base) {
    }

    private static final List<Region> REGIONS = List.of(new Region("6401", "Kabupaten Paser", 262_000),
            new Region("6402", "Kabupaten Kutai Barat", 146_000),
            new Region("6403", "Kabupaten Kutai Kartanegara", 717_000),
            new Region("6404", "Kabupaten Kutai Timur", 320_000), new Region("6405", "Kabupaten Berau", 207_000),
            new Region("6409", "Kabupaten Penajam Paser Utara", 154_000),
            new Region("6411", "Kabupaten Mahakam Ulu", 25_000), new Region("6471", "Kota Balikpapan", 615_000),
            new Region("6472", "Kota Samarinda", 812_000), new Region("6474", "Kota Bontang", 163_000));

    static final TableSchema SCHEMA = new TableSchema(List.of(
            new SchemaField("kode_wilayah_bps", "Kode Wilayah (BPS)", FieldType.STRING, null, true,
                    FieldRole.DIMENSION),
            new SchemaField("nama_kabupaten_kota", "Kabupaten/Kota", FieldType.STRING, null, true, FieldRole.DIMENSION),
            new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
            new SchemaField("jumlah_penduduk", "Jumlah Penduduk", FieldType.INTEGER, "jiwa", true, FieldRole.MEASURE),
            new SchemaField("laju_pertumbuhan", "Laju Pertumbuhan", FieldType.NUMBER, "persen", false,
                    FieldRole.MEASURE)),
            List.of("kode_wilayah_bps", "tahun"));

    private static final String HEADER = "kode_wilayah_bps,nama_kabupaten_kota,tahun,jumlah_penduduk,laju_pertumbuhan\n";

    private static final int FIRST_YEAR = 2015;

    private static final int LAST_YEAR = 2024;

    /** population[region][year - FIRST_YEAR], growth in per mille. */
    private final long[][] population = new long[REGIONS.size()][LAST_YEAR - FIRST_YEAR + 1];

    private final int[][] growth = new int[REGIONS.size()][LAST_YEAR - FIRST_YEAR + 1];

    KaltimPopulation(RandomGenerator random) {
        for (int r = 0; r < REGIONS.size(); r++) {
            long value = REGIONS.get(r).base();
            for (int y = 0; y <= LAST_YEAR - FIRST_YEAR; y++) {
                int perMille = 12 + random.nextInt(14);
                if (y > 0) {
                    value = value + value * perMille / 1000;
                }
                population[r][y] = value;
                growth[r][y] = perMille;
            }
        }
    }

    /** CSV of the years from..to (inclusive). */
    String csv(int from, int to) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int year = from; year <= to; year++) {
            for (int r = 0; r < REGIONS.size(); r++) {
                appendRow(csv, r, year, Long.toString(population[r][year - FIRST_YEAR]));
            }
        }
        return csv.toString();
    }

    /** A year typed by hand in a spreadsheet: thousands separators and a text note. */
    String withWrongTypes(int year) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int r = 0; r < REGIONS.size(); r++) {
            long value = population[r][year - FIRST_YEAR];
            appendRow(csv, r, year, r % 3 == 0 ? "\"" + String.format("%,d", value) + "\"" : Long.toString(value));
        }
        csv.append("6411,Kabupaten Mahakam Ulu,").append(year).append(",belum tersedia,\n");
        return csv.toString();
    }

    /** A year with a column the schema does not know. */
    String withUnknownColumn(int year) {
        StringBuilder csv = new StringBuilder(HEADER.strip()).append(",kepadatan\n");
        for (int r = 0; r < REGIONS.size(); r++) {
            csv.append(REGIONS.get(r).code())
                .append(',')
                .append(REGIONS.get(r).name())
                .append(',')
                .append(year)
                .append(',')
                .append(population[r][year - FIRST_YEAR])
                .append(",1.0,12\n");
        }
        return csv.toString();
    }

    private void appendRow(StringBuilder csv, int r, int year, String value) {
        int perMille = growth[r][year - FIRST_YEAR];
        csv.append(REGIONS.get(r).code())
            .append(',')
            .append(REGIONS.get(r).name())
            .append(',')
            .append(year)
            .append(',')
            .append(value)
            .append(',')
            .append(perMille / 10)
            .append('.')
            .append(perMille % 10)
            .append('\n');
    }

}
