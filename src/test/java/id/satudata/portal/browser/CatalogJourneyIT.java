package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The walidata takes a released demo dataset back from the public and releases it again
 * in the back office; the public page answers "not found" in between. The dataset ends
 * released, as the other journeys expect it.
 */
class CatalogJourneyIT extends BrowserTest {

    private static final String TITLE = "Daftar Stasiun Kereta per Kabupaten/Kota";

    @Test
    void theWalidataWithdrawsADatasetAndReleasesItAgain() throws Exception {
        page.setViewportSize(1366, 1300);
        signIn("admin", "demo12345");
        openCatalogTab();
        assertThat(page.locator("#catalog-status")).containsText("Dataset ini publik");
        assertThat(page.locator("#meta-topic input")).not().isEmpty();
        assertThat(page.locator("#meta-periodStart input")).isVisible();
        screenshot("catalog-tab-public");

        page.locator("#withdraw-reason input").fill("Data 2021 sedang diperiksa ulang");
        page.locator("#withdraw").click();
        assertThat(page.locator("#catalog-status")).containsText("ditarik dari publik");
        assertThat(page.locator("#catalog-history")).containsText("Data 2021 sedang diperiksa ulang");
        screenshot("catalog-tab-withdrawn");
        page.navigate(portal.url("/dataset/daftar-stasiun"));
        assertThat(page.locator("#not-found")).isVisible();
        assertThat(anonymousStatus("/dataset/daftar-stasiun")).isEqualTo(404);

        openCatalogTab();
        page.locator("#release-note input").fill("Pemeriksaan selesai");
        page.locator("#release").click();
        assertThat(page.locator("#catalog-status")).containsText("Dataset ini publik");
        page.navigate(portal.url("/dataset/daftar-stasiun"));
        assertThat(page.locator("#dataset h1")).hasText(TITLE);
        assertThat(anonymousStatus("/dataset/daftar-stasiun")).isEqualTo(200);
        page.navigate(portal.url("/cari?q=stasiun"));
        assertThat(page.getByText(TITLE)).isVisible();
    }

    private static int anonymousStatus(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http
                .send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
    }

    private void openCatalogTab() {
        page.navigate(portal.url("/app/dataset"));
        page.getByText(TITLE).click();
        assertThat(page.locator("#dataset-title")).hasText(TITLE);
        page.locator("vaadin-tab#tab-catalog-tab").click();
    }

}
