package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every back-office route opened by a demo user who may not see it answers with the "not
 * allowed" (or "not found") page inside the back office, in Indonesian, naming nothing of
 * what was asked for.
 */
class RefusalJourneyIT extends BrowserTest {

    private static final String PASSWORD = "demo12345";

    /** A route, who opens it, and the page expected. */
    private record Refused(String user, String path, String pageId, String title, String screenshot) {
    }

    @Test
    void routesOpenedByAUserWhoMayNotSeeThemAreRefusedInsideTheBackOffice() {
        List<Refused> refused = List.of(
                // integration 1 is Dinas Kesehatan's (the demo's first)
                new Refused("opd.dishub", "/app/integrasi/1", "not-allowed-page", "Tidak diizinkan",
                        "refusal-other-opd-integration"),
                new Refused("opd.dishub", "/app/integrasi", "not-allowed-page", "Tidak diizinkan",
                        "refusal-registry-list"),
                new Refused("opd.dishub", "/app/ikhtisar", "not-allowed-page", "Tidak diizinkan", "refusal-overview"),
                new Refused("opd.dishub", "/app/laporan", "not-allowed-page", "Tidak diizinkan",
                        "refusal-periodic-report"),
                new Refused("opd.dishub", "/app/wilayah", "not-allowed-page", "Tidak diizinkan", "refusal-wilayah"),
                new Refused("opd.dishub", "/app/operasi", "not-allowed-page", "Tidak diizinkan", "refusal-operasi"),
                new Refused("opd.dishub", "/app/integrasi/999999", "not-found-page", "Tidak ditemukan",
                        "refusal-unknown-integration"),
                new Refused("teknis", "/app/operasi", "not-allowed-page", "Tidak diizinkan", "refusal-operasi-teknis"),
                new Refused("admin", "/app/integrasi-saya", "not-allowed-page", "Tidak diizinkan",
                        "refusal-my-integrations-admin"));
        String signedIn = "";
        for (Refused r : refused) {
            if (!r.user().equals(signedIn)) {
                page.context().clearCookies();
                signIn(r.user(), PASSWORD);
                signedIn = r.user();
            }
            page.navigate(portal.url(r.path()));
            assertThat(page.locator("#" + r.pageId() + "-title")).hasText(r.title());
            assertThat(page.locator("#backoffice-nav")).isVisible();
            assertThat(page.locator("body")).not().containsText("exception");
            assertThat(page.locator("body")).not().containsText("OPD 14");
            assertThat(page.locator("#" + r.pageId() + "-text")).not().containsText("Dinas Kesehatan");
            screenshot(r.screenshot());
        }
    }

}
