package id.satudata.portal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.SignedIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

@HubWebTest
class PushApiTest {

    private static final byte[] ROWS = DatastoreFixtures.POPULATION_CSV.getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    ApiKeyService keys;

    @Autowired
    DatasetService datasets;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private String keyFor(Dataset dataset) {
        SignedIn.as(fixtures.teknis());
        String key = keys.issueForDataset(dataset.id(), "sistem OPD").secret();
        SignedIn.nobody();
        return key;
    }

    private long rowCount(Dataset dataset) {
        SignedIn.as(fixtures.teknis());
        long rows = datasets.get(dataset.id()).rowCount();
        SignedIn.nobody();
        return rows;
    }

    @Test
    void aKeyPushesRowsAndReadsTheLoadStatus() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        String key = keyFor(dataset);
        PushClient client = new PushClient(port);
        PushClient.Answer answer = client.push(dataset.slug(), "append", key, "text/csv", ROWS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.json().path("rowsAccepted").asLong()).isEqualTo(3);
        long loadId = answer.json().path("loadId").asLong();
        PushClient.Answer status = client.get("/api/v1/datasets/" + dataset.slug() + "/loads/" + loadId, key);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("actor").asString()).startsWith("api-key:");
        assertThat(rowCount(dataset)).isEqualTo(3);
    }

    @Test
    void anUnknownKeyGets401AndWritesNothing() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.PUBLIC);
        PushClient client = new PushClient(port);
        String forged = "sd_abcdefgh_" + "A".repeat(43);
        assertThat(client.push(dataset.slug(), "append", forged, "text/csv", ROWS).status()).isEqualTo(401);
        assertThat(client.push(dataset.slug(), "append", "not-a-key", "text/csv", ROWS).status()).isEqualTo(401);
        assertThat(client.push(dataset.slug(), "append", null, "text/csv", ROWS).status()).isEqualTo(401);
        assertThat(rowCount(dataset)).isZero();
    }

    @Test
    void aRevokedKeyGets401AndWritesNothing() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.PUBLIC);
        String key = keyFor(dataset);
        SignedIn.as(fixtures.teknis());
        ApiKey issued = keys.forDataset(dataset.id()).get(0);
        keys.revoke(issued.id());
        assertThat(keys.forDataset(dataset.id()).get(0).active()).isFalse();
        SignedIn.nobody();
        assertThat(new PushClient(port).push(dataset.slug(), "append", key, "text/csv", ROWS).status()).isEqualTo(401);
        assertThat(rowCount(dataset)).isZero();
    }

    @Test
    void theKeyOfAnotherOpdsDatasetGets403AndWritesNothing() {
        Dataset mine = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        Dataset theirs = fixtures.dataset(opds.opd("Dinkes"), Visibility.DRAFT);
        String key = keyFor(mine);
        PushClient.Answer answer = new PushClient(port).push(theirs.slug(), "append", key, "text/csv", ROWS);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(rowCount(theirs)).isZero();
        assertThat(new PushClient(port).get("/api/v1/datasets/" + theirs.slug() + "/loads", key).status())
            .isEqualTo(404);
    }

    @Test
    void aKeyRecordsWhenItWasLastUsed() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.PUBLIC);
        String key = keyFor(dataset);
        new PushClient(port).push(dataset.slug(), "append", key, "text/csv", ROWS);
        SignedIn.as(fixtures.teknis());
        assertThat(keys.forDataset(dataset.id()).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void onlyTheTechnicalTeamIssuesKeys() {
        Opd opd = fixtures.opd();
        Dataset dataset = fixtures.dataset(opd, Visibility.PUBLIC);
        SignedIn.as(opds.opdStaff(opd));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.issueForDataset(dataset.id(), "x"))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecretIsNotStoredOnlyItsHash() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.PUBLIC);
        SignedIn.as(fixtures.teknis());
        IssuedKey issued = keys.issueForDataset(dataset.id(), "x");
        assertThat(issued.secret()).matches("sd_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyService.hash(issued.secret())).hasSize(64).doesNotContain(issued.secret());
        assertThat(issued.key().masked()).doesNotContain(issued.secret().substring(12));
    }

}
