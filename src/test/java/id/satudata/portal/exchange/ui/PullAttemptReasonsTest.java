package id.satudata.portal.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.satudata.portal.jooq.Tables.PULL_ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.exchange.ConnectorDraft;
import id.satudata.portal.exchange.PullAttempt;
import id.satudata.portal.exchange.PullConnector;
import id.satudata.portal.exchange.PullConnectorFixtures;
import id.satudata.portal.exchange.PullConnectorService;
import id.satudata.portal.test.KaribuTest;
import id.satudata.portal.ui.Locales;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Why a pull failed is stored as a code with its arguments and shown in the reader's
 * language: an HTTP error, a timeout and a file with bad rows, read in Indonesian and in
 * English; attempts stored as free text before are shown as they were written.
 */
class PullAttemptReasonsTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    PullConnectorService connectors;

    @Autowired
    PullConnectorFixtures scheduler;

    @Autowired
    DSLContext db;

    HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rusak", e -> answer(e, 500, "Internal Server Error"));
        server.createContext("/lambat", e -> {
            try {
                Thread.sleep(3000);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, DatastoreFixtures.POPULATION_CSV);
        });
        server.createContext("/baris-salah", e -> answer(e, 200, """
                kode_kabupaten_kota,nama_kabupaten_kota,tahun,jumlah_penduduk
                6401,Paser,2023,banyak
                6402,Kutai Barat,2023,170000
                6403,Kutai Kartanegara,dua ribu,750000
                """));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void failedPullsSayWhyInIndonesian() {
        Dataset dataset = datasetWithThreeFailedPulls();
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");

        assertThat(reasons()).containsExactly("Layanan web menjawab HTTP 500",
                "Tidak ada jawaban lengkap dalam 1 detik",
                "2 kesalahan pada data, yang pertama: bukan bilangan bulat: banyak");
    }

    @Test
    void failedPullsSayWhyInEnglishWithTheEnglishLocale() {
        Dataset dataset = datasetWithThreeFailedPulls();
        UI.getCurrent().getSession().setLocale(Locales.ENGLISH);
        UI.getCurrent().setLocale(Locales.ENGLISH);
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");

        assertThat(reasons()).containsExactly("The web service answered HTTP 500",
                "No complete answer within 1 seconds", "2 errors in the data, the first: not an integer: banyak");
    }

    @Test
    void anAttemptStoredAsFreeTextIsShownAsItWasWritten() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        PullConnector connector = connectors.create(dataset.id(), draft("/rusak"));
        db.insertInto(PULL_ATTEMPT)
            .set(PULL_ATTEMPT.CONNECTOR_ID, connector.id())
            .set(PULL_ATTEMPT.ATTEMPT, 1)
            .set(PULL_ATTEMPT.STATUS, "FAILED")
            .set(PULL_ATTEMPT.ERROR, "ConnectException: Connection refused")
            .set(PULL_ATTEMPT.STARTED_AT, OffsetDateTime.now())
            .set(PULL_ATTEMPT.DURATION_MS, 12L)
            .execute();
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");

        GridKt._selectRow(connectorGrid(), 0);
        assertThat(GridKt._getFormattedRow(attemptGrid(), 0)).contains("ConnectException: Connection refused");
    }

    /**
     * An HTTP 500, a remote slower than the 1 s timeout, and two rows that break the
     * schema.
     */
    private Dataset datasetWithThreeFailedPulls() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        for (String path : List.of("/rusak", "/lambat", "/baris-salah")) {
            connectors.runNow(connectors.create(dataset.id(), draft(path)).id());
        }
        scheduler.runDue();
        return dataset;
    }

    /**
     * The reason of each connector's attempt, connectors in the order they were added.
     */
    private static List<String> reasons() {
        Grid<PullConnector> connectorGrid = connectorGrid();
        return java.util.stream.IntStream.range(0, GridKt._size(connectorGrid)).mapToObj(i -> {
            GridKt._selectRow(connectorGrid, i);
            Grid<PullAttempt> attempts = attemptGrid();
            assertThat(GridKt._size(attempts)).isEqualTo(1);
            return ((AttemptGrid) attempts).reason(GridKt._get(attempts, 0));
        }).toList();
    }

    /** Timeout 1 s, no retries: one attempt each. */
    private ConnectorDraft draft(String path) {
        return new ConnectorDraft("http://127.0.0.1:" + server.getAddress().getPort() + path, PayloadFormat.CSV,
                LoadMode.APPEND, "0 0 2 * * *", 1, 0, 60);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PullConnector> connectorGrid() {
        return _get(Grid.class, spec -> spec.withId("exchange-connectors"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PullAttempt> attemptGrid() {
        return _get(Grid.class, spec -> spec.withId("exchange-attempts"));
    }

}
