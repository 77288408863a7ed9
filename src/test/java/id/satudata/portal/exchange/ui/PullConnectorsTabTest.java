package id.satudata.portal.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.exchange.ConnectorDraft;
import id.satudata.portal.exchange.PullAttempt;
import id.satudata.portal.exchange.PullConnector;
import id.satudata.portal.exchange.PullConnectorFixtures;
import id.satudata.portal.exchange.PullConnectorService;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.KaribuTest;
import java.io.IOException;
import java.time.Clock;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pull connectors tab of a dataset: the technical team adds connectors, switches them
 * off, runs them now and reads their attempts; OPD staff do not get the tab.
 */
class PullConnectorsTabTest extends KaribuTest {

    @Autowired
    DatastoreFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    PullConnectorService connectors;

    @Autowired
    PullConnectorFixtures scheduler;

    @Test
    void theTechnicalTeamAddsAConnectorAndSeesItListedWithItsNextRun() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");
        assertThat(_get(TextField.class, spec -> spec.withId("connector-cron")).getValue()).isEqualTo("0 0 2 * * *");

        _get(TextField.class, spec -> spec.withId("connector-url"))
            .setValue("https://dukcapil.example.go.id/api/penduduk.csv");
        modeField().setValue(LoadMode.UPSERT);
        _click(_get(Button.class, spec -> spec.withId("connector-add")));

        NotificationsKt.expectNotifications("Konektor ditambahkan.");
        PullConnector saved = connectors.forDataset(dataset.id()).get(0);
        assertThat(saved.format()).isEqualTo(PayloadFormat.CSV);
        assertThat(saved.mode()).isEqualTo(LoadMode.UPSERT);
        assertThat(saved.timeoutSeconds()).isEqualTo(30);
        assertThat(saved.maxRetries()).isEqualTo(3);
        assertThat(saved.backoffSeconds()).isEqualTo(60);
        assertThat(saved.nextRunAt()).isNotNull();
        Grid<PullConnector> grid = connectorGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("https://dukcapil.example.go.id/api/penduduk.csv",
                "0 0 2 * * *", "Aktif", DisplayFormat.dateTime(saved.nextRunAt(),
                        context.getBean(Clock.class).getZone(), UI.getCurrent().getLocale()));
        assertThat(_get(TextField.class, spec -> spec.withId("connector-url")).getValue()).isEmpty();
    }

    @Test
    void anInvalidUrlOrCronMarksTheFieldAndSavesNothing() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");
        TextField url = _get(TextField.class, spec -> spec.withId("connector-url"));
        TextField cron = _get(TextField.class, spec -> spec.withId("connector-cron"));

        url.setValue("ftp://dukcapil.example.go.id/penduduk.csv");
        _click(_get(Button.class, spec -> spec.withId("connector-add")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("URL harus http:// atau https:// yang sah.");

        url.setValue("https://dukcapil.example.go.id/penduduk.csv");
        cron.setValue("tiap hari jam dua");
        _click(_get(Button.class, spec -> spec.withId("connector-add")));
        assertThat(url.isInvalid()).isFalse();
        assertThat(cron.isInvalid()).isTrue();
        assertThat(cron.getErrorMessage()).startsWith("Ekspresi cron tidak sah");

        assertThat(connectors.forDataset(dataset.id())).isEmpty();
        assertThat(GridKt._size(connectorGrid())).isZero();
    }

    @Test
    void aSwitchedOffConnectorIsNotRunNowAndTheTabSaysWhy() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        PullConnector connector = connectors.create(dataset.id(), draft("https://bpbd.example.go.id/bencana.json"));
        openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");

        _click(rowButton("connector-toggle-" + connector.id()));
        NotificationsKt.expectNotifications("Konektor dinonaktifkan.");
        assertThat(GridKt._getFormattedRow(connectorGrid(), 0)).contains("Nonaktif");
        assertThat(connectors.forDataset(dataset.id()).get(0).nextRunAt()).isNull();

        _click(rowButton("connector-run-" + connector.id()));
        NotificationsKt.expectNotifications("Konektor sedang nonaktif.");
        assertThat(connectors.forDataset(dataset.id()).get(0).nextRunAt()).isNull();
    }

    @Test
    void theAttemptsOfThePickedConnectorAreShown() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/down", exchange -> {
            byte[] body = "maintenance".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
            login(fixtures.teknis());
            PullConnector connector = connectors.create(dataset.id(),
                    draft("http://127.0.0.1:" + server.getAddress().getPort() + "/down"));
            openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");
            assertThat(_get(Span.class, spec -> spec.withId("exchange-attempts-hint")).getText())
                .isEqualTo("Pilih konektor di daftar untuk melihat percobaannya.");

            _click(rowButton("connector-run-" + connector.id()));
            NotificationsKt.expectNotifications("Konektor akan dijalankan pada putaran penjadwal berikutnya.");
            scheduler.runDue();

            openDatasetTab(dataset.id(), "tab-exchange-tab-connectors");
            Grid<PullConnector> grid = connectorGrid();
            assertThat(GridKt._getFormattedRow(grid, 0)).contains("Gagal");
            GridKt._selectRow(grid, 0);
            Grid<PullAttempt> attempts = attemptGrid();
            assertThat(attempts.isVisible()).isTrue();
            assertThat(GridKt._size(attempts)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(attempts, 0)).contains("1", "Gagal", "503",
                    "Layanan web menjawab HTTP 503");
        }
        finally {
            server.stop(0);
        }
    }

    @Test
    void opdStaffDoNotGetTheTab() {
        Opd opd = opds.opd("KonektorOpd");
        Dataset dataset = fixtures.dataset(opd, Visibility.INTERNAL);
        login(opds.opdStaff(opd));
        UI.getCurrent().navigate("app/dataset/" + dataset.id());

        _get(Tab.class, spec -> spec.withId("tab-catalog-tab"));
        _assertNone(Tab.class, spec -> spec.withId("tab-exchange-tab-connectors"));
    }

    /** Retries 0: a failed test run leaves no retry due for the next test's tick. */
    private static ConnectorDraft draft(String url) {
        return new ConnectorDraft(url, PayloadFormat.CSV, LoadMode.APPEND, "0 0 2 * * *", 5, 0, 60);
    }

    private static Button rowButton(String id) {
        Component actions = GridKt._getCellComponent(connectorGrid(), 0, ConnectorGrid.ACTIONS);
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<LoadMode> modeField() {
        return _get(Select.class, spec -> spec.withId("connector-mode"));
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
