package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The hub's datasets in a real browser: the list, a dataset's schema, its rows and its
 * load history (demo data).
 */
class DatastoreJourneyIT extends BrowserTest {

    @Test
    void anAdministratorBrowsesADatasetItsRowsAndItsLoads() {
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/dataset"));
        Locator grid = page.locator("#dataset-grid");
        assertThat(grid).isVisible();
        assertThat(page.getByText("Jumlah Penduduk per Kabupaten/Kota di Kalimantan Timur")).isVisible();
        screenshot("datastore-list");

        page.getByText("Jumlah Penduduk per Kabupaten/Kota di Kalimantan Timur").click();
        assertThat(page.locator("#dataset-title")).hasText("Jumlah Penduduk per Kabupaten/Kota di Kalimantan Timur");
        assertThat(page.locator("#schema-editor")).isVisible();
        screenshot("datastore-schema");

        page.locator("vaadin-tab#tab-preview").click();
        assertThat(page.locator("#data-count")).containsText("100");
        assertThat(page.locator("#data-grid")).containsText("6471");
        screenshot("datastore-preview");

        page.locator("vaadin-tab#tab-history").click();
        assertThat(page.locator("#load-grid")).containsText("load-");
        screenshot("datastore-history");

        page.locator("vaadin-tab#tab-upload").click();
        assertThat(page.locator("#data-upload")).isVisible();
        screenshot("datastore-upload");
    }

}
