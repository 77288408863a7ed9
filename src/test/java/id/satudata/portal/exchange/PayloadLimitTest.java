package id.satudata.portal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push body over the limit (2 KB here instead of 2 GB) gets 413 with a JSON message and
 * leaves nothing half-written: no rows, no load left running, no partial payload file.
 * With a Content-Length the API refuses before reading; a chunked body is cut off at the
 * limit.
 */
@HubWebTest
// a data folder of its own: load ids start at 1 in every test database, so payload paths
// of contexts sharing one folder would collide
@TestPropertySource(properties = { "satudata.datastore.max-payload-bytes=2048",
        "satudata.data-dir=target/test-data-payload-limit" })
class PayloadLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    ApiKeyService keys;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetService datasets;

    @Autowired
    PortalProperties portal;

    @BeforeAll
    static void noPayloadsYet() {
        FileSystemUtils.deleteRecursively(Path.of("target/test-data-payload-limit/payloads").toFile());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aBodyWithATooLargeContentLengthIsRefusedBeforeAnythingIsStored() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        List<Path> payloadsBefore = payloadFiles();
        HttpResponse<String> answer = push(dataset, HttpRequest.BodyPublishers.ofByteArray(tooLarge()));
        assertThat(answer.statusCode()).isEqualTo(413);
        JsonNode json = JsonMapper.shared().readTree(answer.body());
        assertThat(json.path("error").asString()).isEqualTo("too_large");
        assertThat(json.path("message").asString()).isEqualTo("The body is larger than 2048 bytes");
        assertThat(history(dataset)).isZero();
        assertThat(payloadFiles()).isEqualTo(payloadsBefore);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRejectedWholeWithoutAPartialPayloadFile() throws Exception {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        byte[] body = tooLarge();
        List<Path> payloadsBefore = payloadFiles();
        HttpResponse<String> answer = push(dataset,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(answer.statusCode()).isEqualTo(413);
        JsonNode json = JsonMapper.shared().readTree(answer.body());
        assertThat(json.path("status").asString()).isEqualTo("REJECTED");
        assertThat(json.path("problem").asString()).isEqualTo("TOO_LARGE");
        assertThat(json.path("errors").get(0).path("reason").asString()).contains("larger than 2048 bytes");
        long loadId = json.path("loadId").asLong();
        SignedIn.as(fixtures.teknis());
        assertThat(loads.get(loadId).status().name()).isEqualTo("REJECTED");
        assertThat(loads.get(loadId).hasPayload()).isFalse();
        assertThat(loads.history(dataset.id(), 10)).hasSize(1);
        SignedIn.nobody();
        assertThat(rowCount(dataset)).isZero();
        assertThat(payloadFiles()).isEqualTo(payloadsBefore);
    }

    private HttpResponse<String> push(Dataset dataset, HttpRequest.BodyPublisher body) throws Exception {
        SignedIn.as(fixtures.teknis());
        String key = keys.issueForDataset(dataset.id(), "sistem OPD").secret();
        SignedIn.nobody();
        HttpRequest request = HttpRequest
            .newBuilder(URI.create("http://localhost:" + port + "/api/v1/datasets/" + dataset.slug() + "/rows"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "text/csv")
            .POST(body)
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** About 10 KB of valid rows. */
    private static byte[] tooLarge() {
        StringBuilder csv = new StringBuilder(
                "kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk,luas_km2\n");
        for (int year = 1800; csv.length() < 10_000; year++) {
            csv.append("6401,Paser,").append(year).append(",300000,11603.94\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int history(Dataset dataset) {
        SignedIn.as(fixtures.teknis());
        try {
            return loads.history(dataset.id(), 10).size();
        }
        finally {
            SignedIn.nobody();
        }
    }

    private long rowCount(Dataset dataset) {
        SignedIn.as(fixtures.teknis());
        try {
            return datasets.get(dataset.id()).rowCount();
        }
        finally {
            SignedIn.nobody();
        }
    }

    /** The payload files of the data folder (shared by the test contexts). */
    private List<Path> payloadFiles() throws IOException {
        Path root = portal.dataPath().resolve("payloads");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

}
