package id.satudata.portal.exchange;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A table shape of {@link IngestBenchmark} and its generated CSV files: the full file
 * and, for shapes with a key, a file of every tenth row with changed measures (the
 * upsert).
 */
enum IngestShape {

    /**
     * The demo's Kaltim population schema (3 dimensions, 2 measures, key on code + year):
     * 100,000 codes × 10 years per million rows.
     */
    POPULATION(new TableSchema(List.of(
            new SchemaField("kode_wilayah_bps", "Kode Wilayah (BPS)", FieldType.STRING, null, true,
                    FieldRole.DIMENSION),
            new SchemaField("nama_kabupaten_kota", "Kabupaten/Kota", FieldType.STRING, null, true, FieldRole.DIMENSION),
            new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
            new SchemaField("jumlah_penduduk", "Jumlah Penduduk", FieldType.INTEGER, "jiwa", true, FieldRole.MEASURE),
            new SchemaField("laju_pertumbuhan", "Laju Pertumbuhan", FieldType.NUMBER, "persen", false,
                    FieldRole.MEASURE)),
            List.of("kode_wilayah_bps", "tahun"))),

    /** 6 columns, 4 dimensions with a date, no key (no upsert: the API refuses it). */
    SIX(new TableSchema(
            List.of(new SchemaField("kode_wilayah", "Kode Wilayah", FieldType.STRING, null, true, FieldRole.DIMENSION),
                    new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                    new SchemaField("tanggal", "Tanggal", FieldType.DATE, null, true, FieldRole.DIMENSION),
                    new SchemaField("kategori", "Kategori", FieldType.STRING, null, false, FieldRole.DIMENSION),
                    new SchemaField("jumlah", "Jumlah", FieldType.INTEGER, null, true, FieldRole.MEASURE),
                    new SchemaField("nilai", "Nilai", FieldType.NUMBER, null, false, FieldRole.MEASURE)),
            List.of())),

    /**
     * 30 columns like Jakarta's kelurahan files: year, city, district, village code and
     * name, 25 counts per age group and sex; key on village code + year.
     */
    WIDE(wide());

    static final String[] REGIONS = { "6401", "6402", "6403", "6404", "6405", "6409", "6411", "6471", "6472", "6474" };

    private static final String[] CITIES = { "JAKARTA PUSAT", "JAKARTA UTARA", "JAKARTA BARAT", "JAKARTA SELATAN",
            "JAKARTA TIMUR", "KEPULAUAN SERIBU" };

    private static final String[] CATEGORIES = { "Pendidikan", "Kesehatan", "Infrastruktur", "Sosial", "Ekonomi" };

    private static final int WIDE_COUNTS = 25;

    final TableSchema schema;

    IngestShape(TableSchema schema) {
        this.schema = schema;
    }

    boolean hasKey() {
        return !schema.primaryKey().isEmpty();
    }

    List<String> columns() {
        return schema.fields().stream().map(SchemaField::name).toList();
    }

    List<String> measures() {
        return schema.measures().stream().map(SchemaField::name).toList();
    }

    /**
     * Writes {@code rows} rows; {@code changed} = every tenth row with other measures.
     */
    Path write(Path dir, int rows, boolean changed) throws IOException {
        Path file = dir.resolve("ingest-%s-%d%s.csv".formatted(name().toLowerCase(), rows, changed ? "-upsert" : ""));
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(changed ? 11 : 7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns()));
            out.write('\n');
            for (int i = 0; i < rows; i += changed ? 10 : 1) {
                out.write(row(i, random));
                out.write('\n');
            }
        }
        return file;
    }

    /** A file with the header only: loaded as a replace, it empties a dataset. */
    Path header(Path dir) throws IOException {
        Path file = dir.resolve("ingest-%s-header.csv".formatted(name().toLowerCase()));
        Files.createDirectories(dir);
        Files.writeString(file, String.join(",", columns()) + "\n");
        return file;
    }

    private String row(int i, SplittableRandom random) {
        // keyed shapes: row i is place i / 10 in year 2015 + i % 10, so keys are unique
        int place = i / 10;
        int year = 2015 + i % 10;
        return switch (this) {
            case POPULATION -> "64%08d,%s,%d,%d,%s".formatted(place, "Kabupaten " + REGIONS[place % REGIONS.length],
                    year, random.nextInt(2_000_000), random.nextInt(500) / 100.0);
            case SIX -> {
                int y = 2010 + random.nextInt(15);
                yield REGIONS[random.nextInt(REGIONS.length)] + "," + y + "," + y + "-"
                        + "%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)) + ","
                        + CATEGORIES[random.nextInt(CATEGORIES.length)] + "," + random.nextInt(1_000_000) + ","
                        + random.nextInt(100_000) / 100.0;
            }
            case WIDE -> {
                StringBuilder line = new StringBuilder();
                String city = CITIES[place % CITIES.length];
                line.append(year)
                    .append(',')
                    .append(city)
                    .append(",KECAMATAN ")
                    .append(place / 40)
                    .append(",31%08d".formatted(place))
                    .append(",KELURAHAN ")
                    .append(place);
                for (int c = 0; c < WIDE_COUNTS; c++) {
                    line.append(',').append(random.nextInt(5_000));
                }
                yield line.toString();
            }
        };
    }

    private static TableSchema wide() {
        List<SchemaField> fields = new ArrayList<>(List.of(
                new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
                new SchemaField("nama_kabupaten_kota", "Kabupaten/Kota", FieldType.STRING, null, true,
                        FieldRole.DIMENSION),
                new SchemaField("nama_kecamatan", "Kecamatan", FieldType.STRING, null, true, FieldRole.DIMENSION),
                new SchemaField("kode_kelurahan", "Kode Kelurahan", FieldType.STRING, null, true, FieldRole.DIMENSION),
                new SchemaField("nama_kelurahan", "Kelurahan", FieldType.STRING, null, true, FieldRole.DIMENSION)));
        String[] ages = { "0_4", "5_9", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54",
                "55_59", "60_plus" };
        for (int c = 0; c < WIDE_COUNTS; c++) {
            String name = c == WIDE_COUNTS - 1 ? "jumlah" : "usia_" + ages[c / 2] + (c % 2 == 0 ? "_l" : "_p");
            fields.add(new SchemaField(name, name, FieldType.INTEGER, "jiwa", false, FieldRole.MEASURE));
        }
        return new TableSchema(fields, List.of("kode_kelurahan", "tahun"));
    }

}
