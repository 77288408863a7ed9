package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Staff open the SOP sheets and download the Kaltim sheet as PDF. */
class SopSheetJourneyIT extends BrowserTest {

    @Test
    void staffDownloadTheKaltimSopSheet() throws Exception {
        signIn("admin", "demo12345");
        page.navigate(portal.url("/app/sop"));
        assertThat(page.locator("#sop-sheet-KALTIM")).isVisible();
        assertThat(page.locator("#sop-sheet-KALTIM h3")).hasText("Integrasi dan Pertukaran Data Sistem Informasi");
        screenshot("report-sop-sheets");
        Download download = page.waitForDownload(() -> page.locator("#sop-sheet-KALTIM-pdf").click());
        assertThat(download.suggestedFilename()).isEqualTo("lembar-sop-kaltim.pdf");
        byte[] content = Files.readAllBytes(download.path());
        assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

}
