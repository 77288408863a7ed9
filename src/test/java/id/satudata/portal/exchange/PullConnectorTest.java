package id.satudata.portal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pull connectors against a local web service that answers good data, garbage, errors, or
 * hangs.
 */
@PortalTest
class PullConnectorTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    PullConnectorService connectors;

    @Autowired
    PullScheduler scheduler;

    @Autowired
    DatasetService datasets;

    HttpServer server;

    final AtomicInteger flakyCalls = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good", e -> answer(e, 200, DatastoreFixtures.POPULATION_CSV));
        server.createContext("/json", e -> answer(e, 200,
                "[{\"kode_kabupaten_kota\": \"6474\", \"tahun\": 2023, \"jumlah_penduduk\": 180000}]"));
        server.createContext("/garbage", e -> answer(e, 200, "<html>maintenance</html>\n\u0000\u0001"));
        server.createContext("/error", e -> answer(e, 503, "down"));
        server.createContext("/flaky",
                e -> answer(e, flakyCalls.incrementAndGet() == 1 ? 500 : 200, DatastoreFixtures.POPULATION_CSV));
        server.createContext("/hang", e -> {
            try {
                Thread.sleep(4000);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, DatastoreFixtures.POPULATION_CSV);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        SignedIn.as(fixtures.teknis());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        SignedIn.nobody();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private PullConnector connector(Dataset dataset, String path, PayloadFormat format, int retries) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        PullConnector connector = connectors.create(dataset.id(),
                new ConnectorDraft(url, format, LoadMode.UPSERT, "0 0 2 * * *", 1, retries, 1));
        connectors.runNow(connector.id());
        return connector;
    }

    private int tick() {
        SignedIn.nobody();
        int ran = scheduler.tick();
        SignedIn.as(fixtures.teknis());
        return ran;
    }

    @Test
    void aDueConnectorFetchesAndLoadsRowsAndRecordsTheAttempt() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        PullConnector connector = connector(dataset, "/good", PayloadFormat.CSV, 0);
        assertThat(tick()).isEqualTo(1);
        assertThat(datasets.get(dataset.id()).rowCount()).isEqualTo(3);
        assertThat(connectors.attempts(connector.id())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("SUCCESS");
            assertThat(a.httpStatus()).isEqualTo(200);
            assertThat(a.loadId()).isNotNull();
        });
        assertThat(tick()).as("not due again before its cron time").isZero();
        assertThat(connectors.forDataset(dataset.id()).get(0).nextRunAt()).isNotNull();
    }

    @Test
    void garbageIsRejectedAndChangesNothing() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        PullConnector connector = connector(dataset, "/garbage", PayloadFormat.CSV, 2);
        tick();
        assertThat(connectors.attempts(connector.id())).singleElement()
            .satisfies(a -> assertThat(a.status()).isEqualTo("REJECTED"));
        assertThat(datasets.get(dataset.id()).rowCount()).isZero();
    }

    @Test
    void aHangingRemoteIsCutOffByTheTimeoutAndOthersStillRun() {
        Dataset hanging = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        Dataset fine = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        PullConnector slow = connector(hanging, "/hang", PayloadFormat.CSV, 0);
        PullConnector json = connector(fine, "/json", PayloadFormat.JSON, 0);
        long start = System.nanoTime();
        assertThat(tick()).isEqualTo(2);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3500);
        assertThat(connectors.attempts(slow.id())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("FAILED");
            assertThat(a.error()).contains("timeout");
        });
        assertThat(connectors.attempts(json.id())).singleElement()
            .satisfies(a -> assertThat(a.status()).isEqualTo("SUCCESS"));
        assertThat(datasets.get(fine.id()).rowCount()).isEqualTo(1);
    }

    @Test
    void aFailedAttemptIsRetriedAfterABackoff() throws InterruptedException {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        PullConnector connector = connector(dataset, "/flaky", PayloadFormat.CSV, 3);
        tick();
        PullConnector afterFailure = connectors.forDataset(dataset.id()).get(0);
        assertThat(afterFailure.pendingAttempt()).isEqualTo(2);
        assertThat(tick()).as("the retry waits for its backoff").isZero();
        Thread.sleep(1100);
        assertThat(tick()).isEqualTo(1);
        assertThat(connectors.attempts(connector.id())).extracting(PullAttempt::attempt, PullAttempt::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "SUCCESS"),
                    org.assertj.core.groups.Tuple.tuple(1, "FAILED"));
        assertThat(datasets.get(dataset.id()).rowCount()).isEqualTo(3);
    }

    @Test
    void anHttpErrorWithoutRetriesIsRecordedOnce() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        PullConnector connector = connector(dataset, "/error", PayloadFormat.CSV, 0);
        tick();
        assertThat(connectors.attempts(connector.id())).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("FAILED");
            assertThat(a.httpStatus()).isEqualTo(503);
        });
        assertThat(connectors.forDataset(dataset.id()).get(0).pendingAttempt()).isZero();
    }

    @Test
    void badConnectorSettingsAreRefused() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.DRAFT);
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> connectors.create(dataset.id(),
                    new ConnectorDraft("ftp://x", PayloadFormat.CSV, LoadMode.APPEND, "0 0 2 * * *", 10, 1, 1)))
            .isInstanceOf(id.satudata.portal.base.error.ValidationException.class);
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> connectors.create(dataset.id(),
                    new ConnectorDraft("http://x.test/a", PayloadFormat.CSV, LoadMode.APPEND, "tiap hari", 10, 1, 1)))
            .isInstanceOf(id.satudata.portal.base.error.ValidationException.class);
    }

}
