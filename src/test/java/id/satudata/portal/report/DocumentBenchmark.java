package id.satudata.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.test.Bench;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the engine takes for a large document: a 200-row table (file names and SHA-256
 * hashes) and 20 charts drawn as PNG, written as PDF and DOCX. Run with
 * {@code ./mvnw -Pbench test -Dtest=DocumentBenchmark}.
 */
@Tag("bench")
class DocumentBenchmark {

    @Test
    void largeDocument() {
        ChartImageRenderer charts = new ChartImageRenderer();
        ChartImageOptions options = ChartImageOptions.print(SampleDocuments.INDONESIAN, "Tidak ada data");
        Bench.Stats chart = Bench.measure("one chart PNG 1280x720", 5, 40,
                () -> charts.png(SampleDocuments.anyChart(), options));
        Bench.Stats build = Bench.measure("build document: 200 rows + 20 chart PNGs", 2, 10,
                () -> SampleDocuments.withLongTable(200, 20));
        ReportDocument report = SampleDocuments.withLongTable(200, 20);
        Bench.Stats pdf = Bench.measure("write PDF (200 rows, 20 charts)", 2, 10,
                () -> DocumentWriters.write(report, DocumentFormat.PDF));
        Bench.Stats docx = Bench.measure("write DOCX (200 rows, 20 charts)", 2, 10,
                () -> DocumentWriters.write(report, DocumentFormat.DOCX));
        Bench.Stats xlsx = Bench.measure("write XLSX (200 rows)", 2, 10,
                () -> DocumentWriters.write(report, DocumentFormat.XLSX));
        Bench.Stats all = Bench.measure("build + PDF + DOCX end to end", 1, 5, () -> {
            ReportDocument fresh = SampleDocuments.withLongTable(200, 20);
            DocumentWriters.write(fresh, DocumentFormat.PDF);
            DocumentWriters.write(fresh, DocumentFormat.DOCX);
        });
        byte[] file = DocumentWriters.write(report, DocumentFormat.PDF);
        assertThat(file.length).isPositive();
        Bench.report("document-engine", List.of(chart.toString(), build.toString(), pdf.toString(), docx.toString(),
                xlsx.toString(), all.toString(), "PDF size " + file.length / 1024 + " KiB"));
    }

}
