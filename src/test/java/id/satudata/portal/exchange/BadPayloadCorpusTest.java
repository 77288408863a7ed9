package id.satudata.portal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.query.ExportFormat;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every payload of src/test/resources/payloads/bad gets the 4xx of its manifest and
 * leaves the dataset's rows exactly as they were.
 */
@HubWebTest
class BadPayloadCorpusTest {

    @LocalServerPort
    int port;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    ApiKeyService keys;

    @Autowired
    LoadService loads;

    @Autowired
    DatasetQueryService queries;

    record Case(String file, String contentType, String mode, int status, String problem) {
    }

    @Test
    void everyBadPayloadIsRefusedWithItsStatusAndChangesNothing() throws IOException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.PUBLIC);
        fixtures.load(dataset, LoadMode.APPEND, DatastoreFixtures.POPULATION_CSV);
        SignedIn.as(fixtures.teknis());
        String key = keys.issueForDataset(dataset.id(), "uji").secret();
        String before = export(dataset);
        SignedIn.nobody();
        PushClient client = new PushClient(port);
        List<Case> cases = manifest();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            PushClient.Answer answer = client.push(dataset.slug(), c.mode(), key,
                    c.contentType().equals("-") ? null : c.contentType(), body(c.file()));
            if (answer.status() != c.status() || !answer.problem().equals(c.problem())) {
                failures.add(c.file() + ": expected " + c.status() + " " + c.problem() + ", got " + answer.status()
                        + " " + answer.problem() + " " + answer.json());
            }
            if (!c.problem().equals("-")) {
                LoadRecord record = loads.get(answer.json().path("loadId").asLong());
                if (record.status() != LoadStatus.REJECTED || !record.hasPayload()) {
                    failures.add(c.file() + ": load record " + record);
                }
            }
            if (!export(dataset).equals(before)) {
                failures.add(c.file() + ": changed the rows");
            }
        }
        assertThat(failures).isEmpty();
    }

    private String export(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignedIn.as(fixtures.teknis());
        queries.export(dataset.id(), List.of(), ExportFormat.CSV, out);
        SignedIn.nobody();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Case> manifest() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(body("manifest.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            cases.add(new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]));
        }
        return cases;
    }

    private static byte[] body(String file) throws IOException {
        try (InputStream in = BadPayloadCorpusTest.class.getResourceAsStream("/payloads/bad/" + file)) {
            return in.readAllBytes();
        }
    }

}
