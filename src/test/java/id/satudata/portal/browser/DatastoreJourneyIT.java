package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import org.junit.jupiter.api.Test;

/**
 * The hub's datasets in a real browser: the list, a dataset's schema, its rows and its
 * load history (demo data).
 */
class DatastoreJourneyIT extends BrowserTest {

    private static final String POPULATION = "Jumlah Penduduk per Kabupaten/Kota di Kalimantan Timur";

    @Test
    void anAdministratorBrowsesADatasetItsRowsAndItsLoads() {
        signInOnceDemoDataExists();
        page.navigate(portal.url("/app/dataset"));
        Locator grid = page.locator("#dataset-grid");
        assertThat(grid).isVisible();
        assertThat(page.getByText(POPULATION)).isVisible();
        screenshot("datastore-list");

        page.getByText(POPULATION).click();
        assertThat(page.locator("#dataset-title")).hasText(POPULATION);
        assertThat(page.locator("#schema-editor")).isVisible();
        screenshot("datastore-schema");

        page.locator("vaadin-tab#tab-preview").click();
        assertThat(page.locator("#data-count")).containsText("100");
        assertThat(page.locator("#data-grid")).containsText("6471");
        screenshot("datastore-preview");

        page.locator("vaadin-tab#tab-history").click();
        assertThat(page.locator("#load-grid")).containsText("Data mentah");
        screenshot("datastore-history");

        page.locator("vaadin-tab#tab-upload").click();
        assertThat(page.locator("#data-upload")).isVisible();
        screenshot("datastore-upload");
    }

    @Test
    void theAdministratorIssuesAnApiKeyThatWorksUntilRevoked() throws Exception {
        signInOnceDemoDataExists();
        openPopulationTab("tab-exchange-tab-keys");
        page.locator("#key-label input").fill("SIMDA Bappeda");
        page.locator("#key-issue").click();
        Locator secretField = page.locator("#key-secret input");
        assertThat(secretField).hasValue(java.util.regex.Pattern.compile("sd_[a-z0-9]{8}_.{43}"));
        String secret = secretField.inputValue();
        assertThat(page.locator("#key-grid")).containsText("SIMDA Bappeda");
        screenshot("datastore-api-keys");
        org.assertj.core.api.Assertions.assertThat(statusWithKey(secret)).isEqualTo(200);

        page.locator("#key-grid vaadin-button[id^=key-revoke-]").last().click();
        assertThat(page.locator("#key-grid")).containsText("Dicabut");
        org.assertj.core.api.Assertions.assertThat(statusWithKey(secret)).isEqualTo(401);
    }

    @Test
    void theAdministratorAddsAPullConnectorAndSwitchesItOff() {
        signInOnceDemoDataExists();
        openPopulationTab("tab-exchange-tab-connectors");
        page.locator("#connector-url input").fill("https://simda.bappeda.example.go.id/penduduk.csv");
        page.locator("#connector-add").click();
        Locator connectors = page.locator("#exchange-connectors");
        assertThat(connectors).containsText("https://simda.bappeda.example.go.id/penduduk.csv");
        assertThat(connectors).containsText("0 0 2 * * *");
        // switched off at once: the demo's address does not exist
        connectors.locator("vaadin-button[id^=connector-toggle-]").last().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Konektor dinonaktifkan.");
        assertThat(connectors.locator("vaadin-button[id^=connector-toggle-]").last()).hasText("Aktifkan");
        screenshot("datastore-pull-connectors");
    }

    @Test
    void theSchemaEditorRenamesAColumnKeepingItsValuesAndExplainsARefusedTypeChange() {
        signInOnceDemoDataExists();
        openPopulationTab("tab-schema");
        Locator name = page.locator("#schema-field-nama_kabupaten_kota");
        name.locator("vaadin-select").first().click();
        // every field row has its own select: the item of the one just opened is the
        // visible one
        page.locator("vaadin-select-item:visible").getByText("Bilangan bulat").first().click();
        page.locator("#schema-save").click();
        assertThat(page.locator("#schema-refusal")).containsText("nama_kabupaten_kota");
        assertThat(page.locator("#schema-refusal")).containsText("Bilangan bulat");
        screenshot("schema-retype-refused");

        openPopulationTab("tab-schema");
        Locator rate = page.locator("#schema-field-laju_pertumbuhan vaadin-text-field").first();
        rate.locator("input").fill("laju_pertumbuhan_persen");
        rate.locator("input").press("Tab");
        assertThat(rate).containsText("semula \"laju_pertumbuhan\"");
        screenshot("schema-rename");
        page.locator("#schema-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Skema disimpan");
        page.locator("vaadin-tab#tab-preview").click();
        assertThat(page.locator("#data-grid")).containsText("Laju Pertumbuhan");
        screenshot("schema-renamed-preview");

        // the demo dataset as the other journeys expect it
        openPopulationTab("tab-schema");
        Locator renamed = page.locator("#schema-field-laju_pertumbuhan_persen vaadin-text-field").first();
        renamed.locator("input").fill("laju_pertumbuhan");
        renamed.locator("input").press("Tab");
        page.locator("#schema-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Skema disimpan");
    }

    @Test
    void theSchemaVersionsTabListsEachVersionAndDownloadsItsDataFromTheKeptPayloads() throws Exception {
        signInOnceDemoDataExists();
        openPopulationTab("tab-versions");
        Locator versions = page.locator("#schema-version-grid");
        assertThat(versions).containsText("Skema pertama");
        Locator first = page.locator("#schema-version-download-1");
        assertThat(first).containsText("Unduh CSV");
        screenshot("schema-versions");

        com.microsoft.playwright.Download download = page.waitForDownload(first::click);
        String csv = java.nio.file.Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv)
            .startsWith("kode_wilayah_bps,nama_kabupaten_kota,tahun,")
            .contains("6471,Kota Balikpapan,2015,615000,2.2");
    }

    @Test
    void aDatasetIsCreatedFromOneFileInOnePickAndPreviewedInIndonesianNumbers() {
        signInOnceDemoDataExists();
        page.navigate(portal.url("/app/dataset"));
        page.locator("#dataset-from-file").click();
        // Vaadin 25 keeps a dialog's content in the light DOM of vaadin-dialog, not in an
        // overlay
        page.locator("#from-file-upload input[type=file]")
            .setInputFiles(
                    new com.microsoft.playwright.options.FilePayload("kualitas_air_sungai_2023.csv", "text/csv", """
                            id,lokasi,kadar_timbal,debit,jumlah_sampel
                            1,Ciliwung Hulu,0.000049,7000000,10306
                            2,Ciliwung Hilir,0.0012,6500000.5,9800
                            10,Pesanggrahan,0.5,12000,120
                            """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#from-file-name"))
            .hasText("Skema yang disimpulkan dari kualitas_air_sungai_2023.csv: 5 kolom.");
        page.locator("#dataset-form-opd input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#dataset-form-title input").fill("Kualitas air sungai 2023 " + System.nanoTime());
        screenshot("datastore-from-file-review");

        page.locator("#from-file-load").click();

        assertThat(page.locator("#data-grid")).containsText("0,000049");
        assertThat(page.locator("#data-grid")).containsText("7.000.000");
        assertThat(page.locator("#data-grid")).containsText("10.306");
        assertThat(page.locator("#data-grid")).containsText("6.500.000,5");
        assertThat(page.locator("#data-count")).hasText("3 baris");
        screenshot("datastore-from-file-preview");
    }

    /** The demo's Kaltim population dataset, on one of its tabs. */
    private void openPopulationTab(String tabId) {
        page.navigate(portal.url("/app/dataset"));
        page.getByText(POPULATION).click();
        page.locator("vaadin-tab#" + tabId).click();
    }

    private static int statusWithKey(String key) throws Exception {
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            return http
                .send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(portal.url("/api/3/action/package_list")))
                    .header("Authorization", "Bearer " + key)
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
    }

    /**
     * The portal answers before its demo data (generated in one transaction after start)
     * is committed; until then the demo accounts do not exist and sign-in fails.
     */
    private void signInOnceDemoDataExists() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        while (true) {
            page.navigate(portal.url("/login"));
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill("demo12345");
            page.locator("vaadin-login-form vaadin-button").first().click();
            try {
                page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(10_000));
                return;
            }
            catch (TimeoutError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

}
