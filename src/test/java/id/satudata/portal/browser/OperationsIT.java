package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The operations page in a real browser: health of the parts, a backup made and listed.
 */
class OperationsIT extends BrowserTest {

    @Test
    void anAdministratorSeesTheHealthAndMakesABackup() {
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/operasi"));
        assertThat(page.locator("#health-section h2")).hasText("Kesehatan sistem");
        Locator health = page.locator("#health-list");
        assertThat(health.locator("#health-db")).hasText("Baik");
        assertThat(health.locator("#health-diskSpace")).hasText("Baik");
        assertThat(health.locator("#health-searchIndex")).hasText("Baik");
        assertThat(health).containsText("PostgreSQL");

        page.locator("#backup-now").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("selesai dibuat");
        assertThat(page.locator("#backup-list")).containsText(".zip");
        screenshot("ops-operations");
    }

}
