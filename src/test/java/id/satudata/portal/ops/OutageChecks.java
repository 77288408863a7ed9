package id.satudata.portal.ops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.satudata.portal.datastore.ui.DatasetListView;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.test.MockSpringServlet;
import id.satudata.portal.test.SignedIn;
import id.satudata.portal.ui.DatabaseUnavailablePage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a database outage looks like from outside a web instance: its APIs over HTTP and a
 * back-office page (Karibu, signed in as the first administrator).
 */
final class OutageChecks implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    private final BackupService backups;

    OutageChecks(ConfigurableApplicationContext portal) {
        this.base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
        this.backups = portal.getBean(BackupService.class);
        PortalUser admin = (PortalUser) portal.getBean(UserDetailsService.class).loadUserByUsername("admin");
        MockVaadin.setup(UI::new,
                new MockSpringServlet(new Routes().autoDiscoverViews("id.satudata.portal"), portal, UI::new));
        var token = SignedIn.as(admin);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> admin.roles().stream().anyMatch(r -> r.name().equals(role)));
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
    }

    /**
     * A key of the right shape, unknown: only its lookup in the database can tell (a
     * malformed one is refused with 401 without asking the database).
     */
    private static final String WELL_FORMED_KEY = "sd_abcd1234_" + "A".repeat(43);

    /** Every API answers 503, Retry-After, a short JSON error in its own envelope. */
    void apisAnswerServiceUnavailable() throws Exception {
        HttpResponse<String> ckan = get("/api/3/action/package_list", null);
        assertThat(ckan.statusCode()).as(ckan.body()).isEqualTo(503);
        assertThat(ckan.headers().firstValue("Retry-After")).hasValue("10");
        JsonNode envelope = json(ckan);
        assertThat(envelope.path("success").asBoolean(true)).isFalse();
        assertThat(envelope.path("error").path("__type").asString()).isEqualTo("Service Unavailable");
        assertThat(envelope.path("error").path("message").asString()).contains("temporarily unavailable");
        assertThat(envelope.path("help").asString()).endsWith("/api/3/action/help_show?name=package_list");
        // a CKAN call with an API key fails in the key lookup, before the controller
        HttpResponse<String> ckanWithKey = get("/api/action/package_show?id=x", WELL_FORMED_KEY);
        assertThat(ckanWithKey.statusCode()).isEqualTo(503);
        assertThat(json(ckanWithKey).path("error").path("__type").asString()).isEqualTo("Service Unavailable");
        // the push API: in the key lookup, and in its controller
        assertUnavailable(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/datasets/x/rows"))
            .header("Authorization", "Bearer " + WELL_FORMED_KEY)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString("kode,jumlah\nA,1\n"))));
        assertUnavailable(get("/api/v1/datasets/x/loads", null));
        // API paths without an error mapping of their own
        assertUnavailable(get("/api/dcat/catalog.jsonld", null));
        assertUnavailable(get("/api/datapackage/x.json", null));
    }

    /** Once the database is back, within 20 s. */
    void apisWorkAgain() throws Exception {
        assertThat(await("/api/3/action/package_list", r -> r.statusCode() == 200).body()).contains("\"success\":true");
        assertThat(get("/api/v1/datasets/x/loads", null).statusCode()).isEqualTo(404);
    }

    void backOfficePageExplainsTheOutage() {
        UI.getCurrent().navigate("app/dataset");
        assertThat(UI.getCurrent().getChildren()).anyMatch(DatabaseUnavailablePage.class::isInstance);
        assertThat(_get(Paragraph.class).getText()).startsWith("Basis data sedang tidak dapat dihubungi");
    }

    /**
     * A backup started during the outage fails in the background and the page says why
     * when it notices; the same failure handed to the session's error handler (which
     * Vaadin hands every failed event) is explained the same way.
     */
    @SuppressWarnings("unchecked")
    void backOfficeActionExplainsTheOutage() throws InterruptedException {
        UI.getCurrent().navigate("app/operasi");
        // the operations page itself still opens and reports the database as failing
        Grid<HealthOverview.Part> health = _get(Grid.class, spec -> spec.withId("health-list"));
        assertThat(health.getGenericDataView().getItems())
            .anySatisfy(part -> assertThat(part.name() + " " + part.up()).isEqualTo("db false"));
        String outage = "Basis data sedang tidak dapat dihubungi (misalnya sedang dimulai ulang)."
                + " Tunggu beberapa detik lalu coba lagi.";
        _click(_get(Button.class, spec -> spec.withId("backup-now")));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (backups.lastBackup().orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        NotificationsKt.expectNotifications(outage);
        NotificationsKt.clearNotifications();
        VaadinSession.getCurrent()
            .getErrorHandler()
            .error(new ErrorEvent(backups.lastBackup().orElseThrow().failure()));
        NotificationsKt.expectNotifications(outage);
    }

    /**
     * Once the database is back (a pooled connection the restart broke may fail one more
     * page, so it tries for at most 10 s).
     */
    void backOfficePageWorks() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        UI.getCurrent().navigate("app/dataset");
        while (UI.getCurrent().getChildren().anyMatch(DatabaseUnavailablePage.class::isInstance)
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
            UI.getCurrent().navigate("app/dataset");
        }
        _get(DatasetListView.class);
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        SignedIn.nobody();
    }

    private void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.path("error").asString()).isEqualTo("service_unavailable");
        assertThat(body.path("message").asString()).contains("temporarily unavailable");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at id.");
    }

    /** Asks again until the answer fits, for at most 20 seconds. */
    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<String> response = get(path, null);
            if (done.test(response) || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(200);
        }
    }

    HttpResponse<String> get(String path, @Nullable String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return send(request.GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

}
