package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
        screenshot("ops-operations");

        // a backup of the demo portal copies its whole database folder: give it time
        // in the background: the page shows it running and follows it until it ends
        page.locator("#backup-now").click();
        assertThat(page.locator("#backup-status")).containsText("Sedang membuat cadangan");
        assertThat(page.locator("#backup-now")).isDisabled();
        screenshot("ops-operations-backup-running");
        assertThat(page.locator("#backup-list")).containsText("satudata-",
                new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));
        assertThat(page.locator("vaadin-notification-card")
            .filter(new Locator.FilterOptions().setHasText("selesai dibuat"))).isVisible();
        assertThat(page.locator("#backup-now")).isEnabled();
        assertThat(page.locator("#backup-status")).isHidden();
        screenshot("ops-operations-backup");
    }

}
