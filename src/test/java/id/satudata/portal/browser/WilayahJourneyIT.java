package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import id.satudata.portal.region.RegionFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regions and boundaries in a real browser: the demo's boundary sets are drawn as maps
 * whose SVG has one path per region.
 */
class WilayahJourneyIT extends BrowserTest {

    /** The border colour the choropleth gives region shapes (ChoroplethOptions). */
    private static final String REGION_SHAPE = "svg path[stroke='#5b6470']";

    @Test
    void theAdministratorSeesTheTenKaltimKabKotaDrawnOnThePreviewMap() {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        page.setViewportSize(1366, 1500);
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/wilayah"));
        Locator map = page.locator("#boundary-preview sd-echart");
        assertThat(map).hasAttribute("data-rendered", "true");
        assertThat(map.locator(REGION_SHAPE)).hasCount(10);
        assertThat(page.locator("#boundary-sets")).containsText("kaltim-kabkota-skematis.geojson");
        map.locator(REGION_SHAPE).first().hover();
        screenshot("wilayah-kaltim-preview");
        assertThat(errors).isEmpty();
    }

    @Test
    void theKecamatanBoundariesAreDrawnAndTheProvincesWithoutAnySayHowToUploadThem() {
        page.setViewportSize(1366, 1500);
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/wilayah"));
        // the self-contained demo has no province boundaries (only the shared folder
        // brings them)
        choosePreview("Provinsi");
        assertThat(page.locator("#boundary-preview .choropleth-fallback")).containsText("menu Wilayah");
        screenshot("wilayah-provinces-without-boundaries");
        choosePreview("Kecamatan");
        assertThat(page.locator("#boundary-preview sd-echart " + REGION_SHAPE)).hasCount(14);
        screenshot("wilayah-trenggalek-preview");
    }

    @Test
    void theRegionTableShowsBothCodes() {
        signIn("pengawas", "demo12345");
        page.navigate(portal.url("/app/wilayah"));
        page.locator("vaadin-tab", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Referensi wilayah"))
            .click();
        assertThat(page.locator("#region-count")).hasText("38 wilayah");
        page.locator("#region-search input").fill("Kutai");
        assertThat(page.locator("#region-count")).hasText("3 wilayah");
        assertThat(page.locator("#region-grid")).containsText("Kutai Kartanegara");
        assertThat(page.locator("#region-grid")).containsText("6403");
        assertThat(page.locator("#region-grid")).containsText("64.02");
        assertThat(page.locator("#region-import-save")).hasCount(0);
        screenshot("wilayah-region-table");
    }

    @Test
    void theAdministratorChoosesABoundaryFileAndSeesItNamedBeforeSaving() {
        page.setViewportSize(1366, 1100);
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/wilayah"));
        Locator upload = page.locator("#boundary-file");
        upload.scrollIntoViewIfNeeded();
        upload.locator("input[type=file]")
            .setInputFiles(new com.microsoft.playwright.options.FilePayload("kaltim-kabkota.geojson",
                    "application/geo+json", RegionFixtures.kaltimFile()));
        assertThat(page.locator("#boundary-file-chosen")).containsText("Berkas dipilih: kaltim-kabkota.geojson");
        assertThat(page.locator("#boundary-error")).isHidden();
        page.locator("#boundary-file-chosen").scrollIntoViewIfNeeded();
        screenshot("wilayah-boundary-upload");
    }

    @Test
    void theAdministratorChoosesARegionTableToImport() {
        page.setViewportSize(1366, 1100);
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/wilayah"));
        page.locator("vaadin-tab", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Referensi wilayah"))
            .click();
        Locator upload = page.locator("#region-import-file");
        upload.scrollIntoViewIfNeeded();
        upload.locator("input[type=file]")
            .setInputFiles(new com.microsoft.playwright.options.FilePayload("wilayah.csv", "text/csv",
                    "tingkat,kode_kemendagri,kode_bps,nama\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#region-import-file-chosen")).containsText("Berkas dipilih: wilayah.csv");
        assertThat(page.locator("#region-import-save")).isVisible();
        page.locator("#region-import-save").scrollIntoViewIfNeeded();
        screenshot("wilayah-region-import");
    }

    private void choosePreview(String level) {
        page.locator("#preview-level").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText(level))
            .first()
            .click();
    }

}
