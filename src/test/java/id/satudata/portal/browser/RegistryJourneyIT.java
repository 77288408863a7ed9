package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An integration walked through the Kaltim SOP in Chromium: the OPD requests it, the
 * administrator completes steps 1 to 10 on the actors' behalf with their documents, the
 * OPD confirms the dashboard data at step 11 and the integration is validated.
 */
class RegistryJourneyIT extends BrowserTest {

    private static final String PASSWORD = "demo12345";

    @Test
    void anIntegrationIsRequestedWalkedThroughItsStepsAndValidated() {
        // a long journey on a shared machine: the first page of a cold server may be slow
        page.setDefaultTimeout(90_000);
        page.setDefaultNavigationTimeout(90_000);
        warmUp();
        signIn("admin", PASSWORD);
        page.navigate(portal.url("/app/integrasi"));
        assertThat(page.locator("#integration-grid")).isVisible();
        assertThat(page.locator("#count-VALIDATED .registry-count-number")).not().hasText("0");
        screenshot("registry-list");

        switchTo("opd.dinkes");
        page.navigate(portal.url("/app/integrasi/baru"));
        page.locator("#field-title input").fill("Integrasi data imunisasi dasar lengkap per kabupaten");
        page.locator("#field-application input").fill("SIMKES Imunisasi");
        page.locator("#field-description textarea")
            .fill("Cakupan imunisasi dasar lengkap per kabupaten/kota per bulan, 2021-2025, dari SIMKES.");
        screenshot("registry-new-request");
        page.locator("#submit-integration").click();
        page.waitForURL(url -> url.matches(".*/app/integrasi/\\d+$"));
        String detailUrl = page.url();
        assertThat(page.locator("#integration-title")).containsText("INT-");
        assertThat(page.locator("#no-action")).isVisible();

        switchTo("admin");
        page.navigate(detailUrl);
        Path pdf = pdf();
        for (int step = 1; step <= 10; step++) {
            assertThat(page.locator("#step-action h3")).containsText("Langkah " + step);
            page.locator("#action-upload input[type=file]").setInputFiles(pdf);
            assertThat(page.locator("#action-upload vaadin-upload-file[complete]")).hasCount(1);
            if (step == 6) {
                screenshot("registry-detail-step-6");
            }
            page.locator("#action-submit").click();
            assertThat(page.locator("#step-action h3")).containsText("Langkah " + (step + 1));
        }

        switchTo("opd.dinkes");
        page.navigate(detailUrl);
        assertThat(page.locator("#step-action h3")).containsText("Langkah 11");
        assertThat(page.locator("#on-behalf-notice")).hasCount(0);
        screenshot("registry-detail-step-11-opd");
        page.locator("#action-submit").click();
        assertThat(page.locator("#integration-badges")).containsText("Tervalidasi");
        assertThat(page.locator("#step-11")).isVisible();
        screenshot("registry-detail-validated");

        page.navigate(portal.url("/app/integrasi-saya"));
        Locator grid = page.locator("#integration-grid");
        assertThat(grid).containsText("Integrasi data imunisasi dasar lengkap per kabupaten");
        screenshot("registry-my-integrations");

        // the code is a link to the detail page (newest first: the one just validated)
        Locator link = grid.locator("a[href]").first();
        assertThat(link).hasAttribute("href", Pattern.compile("app/integrasi/\\d+$"));
        link.click();
        page.waitForURL(detailUrl);
        assertThat(page.locator("#integration-badges")).containsText("Tervalidasi");
    }

    /**
     * Opens the login page once and waits until it has settled, so that the first sign-in
     * does not type into a form that is still being set up.
     */
    private void warmUp() {
        page.navigate(portal.url("/login"));
        assertThat(page.locator("vaadin-login-form vaadin-button").first())
            .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private void switchTo(String username) {
        page.context().clearCookies();
        signIn(username, PASSWORD);
    }

    private static Path pdf() {
        try {
            Path file = Files.createTempDirectory("registry-journey").resolve("dokumen-langkah.pdf");
            String text = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
