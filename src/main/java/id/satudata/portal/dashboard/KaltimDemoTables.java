package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldRole;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Generated (plausible, not official) Kaltim tables per BPS kab/kota code for the demo
 * dashboards of Dinas Kesehatan (stunting) and Disdikbud (schools per level).
 */
final class KaltimDemoTables {

    /** BPS code, name, children under five (thousands, plausible), schools base. */
    private record Region(String code, String name, int toddlers, int schools) {
    }

    private static final List<Region> REGIONS = List.of(new Region("6401", "Kabupaten Paser", 26, 40),
            new Region("6402", "Kabupaten Kutai Barat", 15, 30),
            new Region("6403", "Kabupaten Kutai Kartanegara", 70, 95),
            new Region("6404", "Kabupaten Kutai Timur", 33, 50), new Region("6405", "Kabupaten Berau", 21, 35),
            new Region("6409", "Kabupaten Penajam Paser Utara", 15, 22),
            new Region("6411", "Kabupaten Mahakam Ulu", 3, 8), new Region("6471", "Kota Balikpapan", 56, 60),
            new Region("6472", "Kota Samarinda", 78, 85), new Region("6474", "Kota Bontang", 16, 18));

    static final TableSchema STUNTING = new TableSchema(List.of(
            new SchemaField("kode_wilayah_bps", "Kode Wilayah (BPS)", FieldType.STRING, null, true,
                    FieldRole.DIMENSION),
            new SchemaField("nama_kabupaten_kota", "Kabupaten/Kota", FieldType.STRING, null, true, FieldRole.DIMENSION),
            new SchemaField("tahun", "Tahun", FieldType.YEAR, null, true, FieldRole.DIMENSION),
            new SchemaField("jumlah_balita_stunting", "Balita Stunting", FieldType.INTEGER, "anak", true,
                    FieldRole.MEASURE),
            new SchemaField("jumlah_balita_diukur", "Balita Diukur", FieldType.INTEGER, "anak", true,
                    FieldRole.MEASURE),
            new SchemaField("prevalensi_stunting", "Prevalensi Stunting", FieldType.NUMBER, "persen", false,
                    FieldRole.MEASURE)),
            List.of("kode_wilayah_bps", "tahun"));

    static final TableSchema SCHOOLS = new TableSchema(List.of(
            new SchemaField("kode_wilayah_bps", "Kode Wilayah (BPS)", FieldType.STRING, null, true,
                    FieldRole.DIMENSION),
            new SchemaField("nama_kabupaten_kota", "Kabupaten/Kota", FieldType.STRING, null, true, FieldRole.DIMENSION),
            new SchemaField("jenjang", "Jenjang", FieldType.STRING, null, true, FieldRole.DIMENSION),
            new SchemaField("jumlah_sekolah", "Jumlah Sekolah", FieldType.INTEGER, "sekolah", true, FieldRole.MEASURE),
            new SchemaField("jumlah_peserta_didik", "Peserta Didik", FieldType.INTEGER, "siswa", true,
                    FieldRole.MEASURE)),
            List.of("kode_wilayah_bps", "jenjang"));

    private final RandomGenerator random;

    KaltimDemoTables(RandomGenerator random) {
        this.random = random;
    }

    /** Stunting per kab/kota for the years from..to, prevalence falling over time. */
    String stunting(int from, int to) {
        StringBuilder csv = new StringBuilder(
                "kode_wilayah_bps,nama_kabupaten_kota,tahun,jumlah_balita_stunting,jumlah_balita_diukur,prevalensi_stunting\n");
        for (int year = from; year <= to; year++) {
            for (Region r : REGIONS) {
                int measured = r.toddlers() * 1000 * (85 + random.nextInt(10)) / 100;
                double prevalence = 28.0 - (year - 2019) * 1.6 + random.nextDouble() * 6 - 3;
                long stunted = Math.round(measured * prevalence / 100);
                csv.append(r.code()).append(',').append(r.name()).append(',').append(year).append(',');
                csv.append(stunted).append(',').append(measured).append(',');
                csv.append(String.format(Locale.ROOT, "%.1f", 100.0 * stunted / measured)).append('\n');
            }
        }
        return csv.toString();
    }

    /** A spreadsheet export with a note in a number column (rejected by the schema). */
    String stuntingTypedByHand(int year) {
        return "kode_wilayah_bps,nama_kabupaten_kota,tahun,jumlah_balita_stunting,jumlah_balita_diukur,prevalensi_stunting\n"
                + "6401,Kabupaten Paser," + year + ",\"4.102\",20000,20.5\n" + "6411,Kabupaten Mahakam Ulu," + year
                + ",belum dilaporkan,2500,\n";
    }

    /** Schools and pupils per level (SMA, SMK, SLB) per kab/kota. */
    String schools() {
        StringBuilder csv = new StringBuilder(
                "kode_wilayah_bps,nama_kabupaten_kota,jenjang,jumlah_sekolah,jumlah_peserta_didik\n");
        for (Region r : REGIONS) {
            int sma = Math.max(2, r.schools() * (45 + random.nextInt(10)) / 100);
            int smk = Math.max(1, r.schools() * (35 + random.nextInt(10)) / 100);
            int slb = 1 + random.nextInt(Math.max(1, r.schools() / 20) + 1);
            row(csv, r, "SMA", sma, sma * (380 + random.nextInt(120)));
            row(csv, r, "SMK", smk, smk * (420 + random.nextInt(150)));
            row(csv, r, "SLB", slb, slb * (40 + random.nextInt(40)));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Region r, String level, int schools, int pupils) {
        csv.append(r.code()).append(',').append(r.name()).append(',').append(level).append(',');
        csv.append(schools).append(',').append(pupils).append('\n');
    }

}
