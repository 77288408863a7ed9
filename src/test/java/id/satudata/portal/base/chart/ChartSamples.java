package id.satudata.portal.base.chart;

import java.util.Arrays;
import java.util.List;

/** Charts of the kinds the dashboards and reports draw, with long names and gaps. */
public final class ChartSamples {

    private static final List<String> OPDS = List.of("Dinas Kesehatan",
            "Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Timur", "Badan Pendapatan Daerah",
            "Dinas Pendidikan dan Kebudayaan", "Dinas Komunikasi dan Informatika", "Bappeda");

    private ChartSamples() {
    }

    public static ChartSpec opdLoads(ChartType type) {
        return new ChartSpec(type, "Muatan data per OPD (diterima dan ditolak)", OPDS,
                List.of(new ChartSeries("Diterima", List.of(1240.0, 860.0, 415.0, 2210.5, 97.0, 12.0)),
                        new ChartSeries("Ditolak", Arrays.asList(12.0, 3.0, null, 41.0, 0.0, 1.0))),
                "muatan");
    }

    public static List<ChartSpec> all() {
        List<String> months = List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des");
        ChartSpec line = new ChartSpec(ChartType.LINE, "Baris data per bulan", months, List.of(
                new ChartSeries("2025",
                        Arrays.asList(1200.0, 1350.0, 1280.0, null, 1610.0, 1720.0, 1690.0, 1850.0, 1900.0, 2010.0,
                                2150.0, 2300.0)),
                new ChartSeries("2026", Arrays.asList(1500.0, 1580.0, 1700.0, 1810.0, 1990.0, 2100.0, null, null, null,
                        null, null, null))),
                "baris");
        ChartSpec area = ChartSpec.of(ChartType.AREA, "Kasus demam berdarah per bulan", months, "Kasus",
                List.of(35.0, 48.0, 120.0, 210.0, 180.0, 95.0, 60.0, 41.0, 33.0, 29.0, 44.0, 72.0), "kasus");
        ChartSpec pie = ChartSpec.of(ChartType.PIE, "Integrasi menurut status",
                List.of("Tervalidasi", "Dalam proses", "Dikembalikan ke langkah 3",
                        "Belum dimulai dengan nama yang sangat panjang sekali"),
                "Integrasi", List.of(18.0, 11.0, 4.0, 2.0), "integrasi");
        ChartSpec millions = ChartSpec.of(ChartType.COLUMN, "Pendapatan asli daerah per kabupaten/kota",
                List.of("Samarinda", "Balikpapan", "Bontang", "Kutai Kartanegara", "Kutai Timur", "Berau", "Paser",
                        "Penajam Paser Utara", "Mahakam Ulu", "Kutai Barat"),
                "PAD", List.of(1.2e9, 1.5e9, 4.1e8, 9.8e8, 6.2e8, 3.3e8, 2.9e8, 1.9e8, 4.0e7, 2.2e8), "rupiah");
        return List.of(opdLoads(ChartType.BAR), opdLoads(ChartType.COLUMN), line, area, pie, millions);
    }

}
