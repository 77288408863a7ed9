package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * Step 11 in Chromium on the demo data: Dinas Kesehatan reviews its dashboard (charts and
 * the stunting map actually drawn) and confirms its integration; DLH returns its own with
 * a reason; the administrator's overview shows the outcome.
 */
class Step11JourneyIT extends BrowserTest {

    private static final String PASSWORD = "demo12345";

    @Test
    void theOpdsReviewTheirDashboardsAndConfirmOrReturn() {
        page.setViewportSize(1366, 1900);
        signIn("opd.dinkes", PASSWORD);
        page.navigate(portal.url("/app/dasbor"));
        assertThat(page.locator("#dashboard-heading")).isVisible();
        assertThat(page.locator("#dashboard-datasets")).containsText("Stunting");
        Locator charts = page.locator("#dashboard-charts sd-echart[data-rendered]");
        assertThat(charts).hasCount(2);
        assertThat(charts.first().locator("svg path").first()).isAttached();
        org.assertj.core.api.Assertions.assertThat(charts.nth(1).locator("svg path").count()).isGreaterThan(3);
        screenshot("step11-dashboard-dinkes");

        page.locator("#dataset-tabs vaadin-tab").nth(1).click();
        assertThat(page.locator("#rows-grid")).isVisible();
        assertThat(page.locator("#rows-count")).containsText("baris");
        screenshot("step11-dashboard-dinkes-rows");
        page.locator("#dataset-tabs vaadin-tab").nth(2).click();
        assertThat(page.locator("#dashboard-quality sd-echart[data-rendered]").first()).isVisible();
        screenshot("step11-dashboard-dinkes-quality");

        Locator card = page.locator(".dash-card.awaiting").first();
        String code = card.locator("a").first().textContent().strip();
        page.locator("#confirm-" + code).click();
        assertThat(page.locator("#decision-consequence")).containsText("langkah 12");
        assertThat(page.locator("#decision-upload")).hasCount(0);
        screenshot("step11-dashboard-dinkes-confirm-dialog");
        page.locator("#decision-ok").click();
        assertThat(page.locator("#status-" + code)).containsText("Tervalidasi");
        screenshot("step11-dashboard-dinkes-confirmed");

        page.context().clearCookies();
        signIn("opd.dlh", PASSWORD);
        page.navigate(portal.url("/app/dasbor"));
        Locator dlh = page.locator(".dash-card.awaiting").first();
        String dlhCode = dlh.locator("a").first().textContent().strip();
        page.locator("#return-" + dlhCode).click();
        page.locator("#decision-ok").click();
        assertThat(page.locator("#decision-reason[invalid]")).isVisible();
        page.locator("#decision-reason textarea")
            .fill("Data ISPU bulan Juli tidak tampil di dasbor; mohon periksa pemetaan kolom tanggal.");
        screenshot("step11-dashboard-dlh-return-dialog");
        page.locator("#decision-ok").click();
        assertThat(page.locator("#status-" + dlhCode)).containsText("langkah 3");
        assertThat(page.locator("#integration-" + dlhCode + " .dash-reason")).containsText("ISPU bulan Juli");
        screenshot("step11-dashboard-dlh-returned");

        page.context().clearCookies();
        page.setViewportSize(1366, 1500);
        signIn("admin", PASSWORD);
        page.navigate(portal.url("/app/ikhtisar"));
        assertThat(page.locator("#overview-ranking")).isVisible();
        assertThat(page.locator("#admin-overview sd-echart[data-rendered]")).hasCount(2);
        screenshot("step11-admin-overview");
        page.locator("#overview-returned-decision").click();
        page.waitForURL(url -> url.contains("keputusan=true"));
        assertThat(page.locator("#count-returned-decision")).containsText("Dikembalikan ke langkah 3");
        assertThat(page.locator("#integration-grid")).containsText(dlhCode);
        screenshot("step11-registry-returned-to-step-3");
        page.navigate(portal.url("/app/ikhtisar"));
        page.locator("#overview-RETURNED").click();
        page.waitForURL(url -> url.contains("/app/integrasi?status=RETURNED"));
        assertThat(page.locator("#integration-grid")).containsText(dlhCode);
        screenshot("step11-registry-returned");
    }

    @Test
    void theTechnicalTeamDecidesTrenggaleksTestStepOnTheDashboardWithTheTestReport() {
        page.setViewportSize(1366, 1400);
        signIn("opd.diskominfo", PASSWORD);
        page.navigate(portal.url("/app/dasbor"));
        Locator card = page.locator(".dash-card.awaiting").first();
        String code = card.locator("a").first().textContent().strip();
        assertThat(page.locator("#question-" + code)).containsText("Pengujian integrasi SI berhasil?");
        assertThat(page.locator("#decided-by-" + code)).containsText("Tim Teknis");
        assertThat(page.locator("#confirm-" + code)).hasCount(0);
        screenshot("decision-trenggalek-opd-waits");

        page.context().clearCookies();
        signIn("teknis", PASSWORD);
        page.navigate(portal.url("/app/dasbor?opd=DISKOMINFO"));
        page.locator("#confirm-" + code).click();
        assertThat(page.locator("#decision-upload")).isVisible();
        assertThat(page.locator("#decision-dialog")).containsText("Laporan Hasil Pengujian");
        page.locator("#decision-upload input[type=file]")
            .setInputFiles(new com.microsoft.playwright.options.FilePayload("hasil-pengujian.txt", "text/plain",
                    "Laporan hasil pengujian: uji tarik data berhasil."
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#decision-upload vaadin-upload-file[complete]")).hasCount(1);
        screenshot("decision-trenggalek-confirm-dialog");
        page.locator("#decision-ok").click();
        assertThat(page.locator("#status-" + code)).containsText("Tervalidasi");
        screenshot("decision-trenggalek-validated");
    }

}
