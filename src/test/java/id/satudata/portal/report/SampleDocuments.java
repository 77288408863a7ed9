package id.satudata.portal.report;

import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.base.chart.ChartSamples;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Documents with every kind of block, for the writer tests and the benchmark. */
final class SampleDocuments {

    static final Locale INDONESIAN = Locale.of("id");

    static final String PAGE_LABEL = "Halaman {0} dari {1}";

    private static final ChartImageRenderer CHARTS = new ChartImageRenderer();

    private SampleDocuments() {
    }

    /**
     * A document with a table of {@code rows} documents (name and SHA-256) and charts.
     */
    static ReportDocument withLongTable(int rows, int charts) {
        ReportDocument.Builder builder = ReportDocument
            .builder("Laporan Hasil Integrasi Sistem Informasi", INDONESIAN, PAGE_LABEL)
            .subtitle("Dinas Kesehatan Provinsi Kalimantan Timur \u2014 INT-2026-0007")
            .heading(1, "1. Identitas integrasi")
            .keyValues(List.of(Block.KeyValue.of("Kode integrasi", "INT-2026-0007"),
                    Block.KeyValue.of("OPD", "Dinas Kesehatan"),
                    Block.KeyValue.of("Aplikasi/sistem", "SIMPUS \u2265 v2 \u2713 (data puskesmas) \uD83D\uDE00"),
                    new Block.KeyValue("Status", Cell.marked("Dikembalikan ke langkah 3", Cell.Mark.ALERT))))
            .paragraph("Laporan ini disusun otomatis oleh Portal Satu Data dari catatan registri integrasi. "
                    + "Setiap langkah SOP dicatat dengan pelaksana, waktu mulai dan selesai, serta keputusan.")
            .heading(1, "2. Dokumen yang diterima dan dihasilkan");
        builder.table(documentTable(rows));
        builder.heading(1, "3. Grafik");
        List<ChartSpec> samples = ChartSamples.all();
        for (int i = 0; i < charts; i++) {
            ChartSpec spec = samples.get(i % samples.size());
            ChartImageOptions options = ChartImageOptions.print(INDONESIAN, "Tidak ada data");
            builder.figure(CHARTS.png(spec, options), options.pixelWidth(), options.pixelHeight(),
                    "Gambar " + (i + 1) + ". " + spec.title());
        }
        builder.note("Dibuat oleh Portal Satu Data pada 23 November 2026 pukul 10.15 WITA.");
        builder.signatures("Samarinda, 23 November 2026",
                List.of(new Block.Signatory("Mengetahui,", "Pejabat Pengawas", "Rina Marlina, S.Kom.",
                        "NIP. 19800101 200501 2 001"),
                        new Block.Signatory("", "Pejabat Administrator Bidang Teknologi Informasi dan Komunikasi",
                                "Ir. Hendra Saputra, M.T.", "NIP. 19750505 200003 1 002")));
        return builder.build();
    }

    static Block.Table documentTable(int rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String file = "dokumen-langkah-" + (i % 12 + 1) + "-versi-" + i + ".pdf";
            cells.add(List.of(Cell.number(i, Integer.toString(i)), Cell.text("Baris " + i + ": " + file),
                    Cell.text(sha256(file)), i % 7 == 0 ? Cell.marked("terlambat", Cell.Mark.ALERT)
                            : Cell.number(i * 1250.5, String.format(INDONESIAN, "%,.1f", i * 1250.5))));
        }
        return new Block.Table("Tabel 1. Dokumen per langkah",
                List.of(Block.Column.numeric("No", 0.6), Block.Column.of("Nama berkas", 3),
                        Block.Column.of("SHA-256", 4), Block.Column.numeric("Ukuran (bita)", 1.6)),
                cells, "Dokumen");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ChartSpec anyChart() {
        return ChartSamples.opdLoads(ChartType.BAR);
    }

}
