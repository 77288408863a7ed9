package id.satudata.portal.datastore.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    @Test
    void aTabSeparatedLoadWithWindows1252BytesTellsTheReportBoth() throws IOException {
        byte[] body = "kabupaten\tjumlah\nPaser\t1\nKutai Kartanegara \u00e9\t2\n"
            .getBytes(StandardCharsets.ISO_8859_1);
        LoadReport report = new LoadReport();
        try (BodyReader reader = BodyReader.of(LoadRequest.of(1, LoadMode.APPEND, PayloadFormat.CSV),
                new ByteArrayInputStream(body), 1_000)) {
            RawRows cells = reader.cells();
            assertThat(cells.next()).containsExactly("kabupaten", "jumlah");
            assertThat(cells.next()).containsExactly("Paser", "1");
            assertThat(cells.next()).containsExactly("Kutai Kartanegara \u00e9", "2");
            reader.describe(report);
        }
        assertThat(report.toJson().get("delimiter").asString()).isEqualTo("tab");
        assertThat(report.toJson().get("encoding").asString()).isEqualTo("utf-8 with windows-1252 bytes");
    }

    @Test
    void aSampleForSchemaInferenceIsNeverJson() {
        assertThatThrownBy(() -> BodyReader.sample(new ByteArrayInputStream("[]".getBytes()), PayloadFormat.JSON))
            .isInstanceOfSatisfying(PayloadException.class,
                    e -> assertThat(e.reason()).isEqualTo(ErrorReason.SAMPLE_FORMAT));
    }

    @Test
    void aBrokenSpreadsheetLeavesNoTemporaryCopyBehind() throws IOException {
        long before = spreadsheetCopies();
        assertThatThrownBy(
                () -> BodyReader.sample(new ByteArrayInputStream("not a zip".getBytes()), PayloadFormat.XLSX))
            .isNotNull();
        assertThat(spreadsheetCopies()).isEqualTo(before);
    }

    private static long spreadsheetCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("satudata-body-")).count();
        }
    }

}
