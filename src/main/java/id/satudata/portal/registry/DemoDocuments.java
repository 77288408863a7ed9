package id.satudata.portal.registry;

import id.satudata.portal.sop.SopStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small documents the demo files with its steps: letters and reports as PDF, a database
 * structure as text, the API program as a ZIP.
 */
final class DemoDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("id", "ID"));

    private DemoDocuments() {
    }

    static UploadedDocument request(String opdCode, String title, String opdName, String application, Instant at,
            ZoneId zone) {
        byte[] pdf = SimplePdf.of("Surat Permohonan Integrasi Data",
                List.of("Nomor: 000.8/" + opdCode + "/" + at.atZone(zone).getYear(),
                        "Tanggal: " + DATE.format(at.atZone(zone)), "Perihal: " + title, "",
                        "Dengan hormat, kami mengajukan integrasi data aplikasi " + application,
                        "ke server pertukaran data Satu Data sesuai SOP Integrasi dan Pertukaran Data.", "",
                        "Kepala " + opdName));
        return new UploadedDocument("surat-permohonan-" + opdCode.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf",
                pdf);
    }

    static UploadedDocument forStep(SopStep step, String code, String title, String actor, Instant at, ZoneId zone) {
        String kind = step.outputDocument();
        String name = slug(kind) + "-" + code;
        String date = DATE.format(at.atZone(zone));
        if (kind.contains("Struktur Database")) {
            String text = String.join("\n", "# " + kind, "# " + code + " " + title, "# " + date,
                    "kolom;tipe;keterangan", "kode_wilayah;char(4);kode BPS kabupaten/kota",
                    "tahun;smallint;tahun data", "periode;varchar(10);bulan/semester bila ada",
                    "nilai;numeric(18,2);nilai indikator", "satuan;varchar(20);satuan nilai", "");
            return new UploadedDocument(name + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        }
        if (kind.contains("Program Aplikasi API")) {
            return new UploadedDocument(name + ".zip", "application/zip", apiProgram(code, title));
        }
        byte[] pdf = SimplePdf.of(kind,
                List.of("Integrasi: " + code, title, "Langkah " + step.number() + " SOP " + step.templateCode(),
                        "Tanggal: " + date, "Disusun oleh: " + actor));
        return new UploadedDocument(name + ".pdf", "application/pdf", pdf);
    }

    private static byte[] apiProgram(String code, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("README.md"));
            zip.write(("# API " + code + "\n\n" + title + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("openapi.yaml"));
            zip.write(("openapi: 3.0.3\ninfo:\n  title: " + code + "\n  version: 1.0.0\npaths:\n  /data:\n    get:\n"
                    + "      responses:\n        '200':\n          description: data terintegrasi\n")
                .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

}
