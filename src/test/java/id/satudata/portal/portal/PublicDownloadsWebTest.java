package id.satudata.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Downloads over real HTTP: formats, filters, formula neutralising, counting, and no
 * leaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicDownloadsWebTest {

    static final String FORMULA_ROWS = """
            kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2
            6499,"=HYPERLINK(""http://evil.example"",""klik"")",2023,1,-5.5
            6498,@SUM(A1:A9),2023,2,1
            6497,+62 811 555,2023,3,1
            """;

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    DatastoreFixtures datastore;

    @Autowired
    OpdFixtures opds;

    @Autowired
    PublicCatalog catalog;

    final HttpClient http = HttpClient.newHttpClient();

    Opd bappeda;

    Dataset released;

    @BeforeEach
    void dataset() {
        bappeda = opds.opd("Bappeda");
        released = fixtures.released(bappeda, "Penduduk untuk Diunduh", "Uji unduhan", "kependudukan",
                List.of("penduduk"));
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void wholeDatasetAsCsvIsAnAttachmentAndIsCounted() throws Exception {
        long before = catalog.get(released.slug()).summary().downloads();
        HttpResponse<byte[]> csv = get("/download/" + released.slug() + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
                released.slug() + ".csv");
        assertThat(text(csv).lines().toList()).containsExactly(
                "kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2",
                "6401,Paser,2023,300000,11603.94", "6402,Kutai Barat,2023,170000,20384.6",
                "6471,Balikpapan,2023,730000,512.12");
        assertThat(catalog.get(released.slug()).summary().downloads()).isEqualTo(before + 1);
    }

    @Test
    void anUnchangedDownloadIsNotModifiedForAReturningClientAndNotCountedAgain() throws Exception {
        HttpResponse<byte[]> first = get("/download/" + released.slug() + ".csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        long before = catalog.get(released.slug()).summary().downloads();
        HttpResponse<byte[]> again = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/download/" + released.slug() + ".csv"))
                    .header("If-None-Match", etag)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(catalog.get(released.slug()).summary().downloads()).isEqualTo(before);
        datastore.load(released, LoadMode.APPEND, FORMULA_ROWS);
        assertThat(get("/download/" + released.slug() + ".csv").headers().firstValue("ETag").orElseThrow())
            .isNotEqualTo(etag);
    }

    @Test
    void csvCellsThatWouldStartAFormulaAreNeutralisedButNumbersAreNot() throws Exception {
        datastore.load(released, LoadMode.APPEND, FORMULA_ROWS);
        String csv = text(get("/download/" + released.slug() + ".csv"));
        assertThat(csv).contains("6499,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",2023,1,-5.5")
            .contains("6498,'@SUM(A1:A9),2023,2,1")
            .contains("6497,'+62 811 555,2023,3,1");
        assertThat(csv.lines()).noneMatch(line -> line.matches("(^|.*,)[=+@].*"));
    }

    @Test
    void filteredViewAsJsonAndXlsx() throws Exception {
        HttpResponse<byte[]> json = get("/download/" + released.slug() + ".json?f.nama_kabupaten_kota=Paser");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(text(json)).isEqualTo("[{\"kode_kabupaten_kota\":\"6401\",\"nama_kabupaten_kota\":\"Paser\","
                + "\"tahun\":2023,\"jumlah_penduduk\":300000,\"luas_km2\":11603.94}]");
        HttpResponse<byte[]> xlsx = get(
                "/download/" + released.slug() + ".xlsx?f.nama_kabupaten_kota=Paser&f.nama_kabupaten_kota=Balikpapan");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertThat(names).containsExactlyInAnyOrder("nama_kabupaten_kota", "Paser", "Balikpapan");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kode_kabupaten_kota");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(List.of(sheet.getRow(1).getCell(3).getNumericCellValue(),
                    sheet.getRow(2).getCell(3).getNumericCellValue()))
                .contains(300000.0);
        }
    }

    @Test
    void unreleasedWithdrawnAndUnknownDatasetsAreNotFound() throws Exception {
        Dataset internal = fixtures.dataset(bappeda, "Rahasia Internal", "Belum dirilis", Visibility.INTERNAL);
        Dataset draft = fixtures.dataset(bappeda, "Draf", "Draf", Visibility.DRAFT);
        Dataset withdrawn = fixtures.released(bappeda, "Ditarik", "Ditarik", "kependudukan", List.of());
        fixtures.withdraw(withdrawn);
        for (String slug : List.of(internal.slug(), draft.slug(), withdrawn.slug(), "tidak-ada")) {
            for (String extension : List.of("csv", "json", "xlsx")) {
                HttpResponse<byte[]> response = get("/download/" + slug + "." + extension);
                assertThat(response.statusCode()).as(slug + "." + extension).isEqualTo(404);
                assertThat(text(response)).doesNotContain("6401");
            }
        }
    }

    @Test
    void badFormatsAndFiltersAreRefusedClearly() throws Exception {
        assertThat(get("/download/" + released.slug() + ".exe").statusCode()).isEqualTo(404);
        assertThat(get("/download/" + released.slug()).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> column = get("/download/" + released.slug() + ".csv?f.gaji=1");
        assertThat(column.statusCode()).isEqualTo(400);
        assertThat(get("/download/" + released.slug() + ".xlsx?f.tahun=bukan-tahun").statusCode()).isEqualTo(400);
    }

}
