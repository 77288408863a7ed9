package id.satudata.portal.report.integration;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.registry.DemoIntegrations;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationFilter;
import id.satudata.portal.registry.IntegrationSort;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.PdfPreview;
import id.satudata.portal.report.periodic.PeriodicReportService;
import id.satudata.portal.report.periodic.ReportPeriod;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.DemoPortalTest;
import id.satudata.portal.test.SignedIn;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reports of the demo's integrations, saved with their PDF pages rendered under
 * target/report-preview to look at (nothing in the demo is changed).
 */
@DemoPortalTest
class IntegrationReportDemoTest {

    private static final Locale INDONESIAN = Locale.of("id");

    @Autowired
    IntegrationReportService reports;

    @Autowired
    PeriodicReportService periodic;

    @Autowired
    RegistryService registry;

    @Autowired
    OpdFixtures opds;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Integration demo(String title) {
        return registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0, RegistryService.MAX_PAGE_SIZE)
            .stream()
            .filter(i -> i.title().equals(title))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void theReportOfTheIntegrationRevalidatedAfterAReturnShowsBothPassesAndRendersToPages() throws Exception {
        SignedIn.as(opds.staff(Role.PENGAWAS));
        Integration disdikbud = demo(DemoIntegrations.DISDIKBUD);
        GeneratedDocument pdf = reports.report(disdikbud.id(), DocumentFormat.PDF, INDONESIAN);
        String text = IntegrationReportServiceTest.pdfText(pdf.content());
        assertThat(text).contains("Laporan Hasil Integrasi")
            .contains(disdikbud.code())
            .contains("Dapodik")
            .contains("Langkah 3 (ke-2)")
            .contains("Tidak: kembali ke langkah 3")
            .contains("Jumlah peserta didik SMK tahun ajaran 2022/2023")
            .contains("Dikonfirmasi oleh");
        Path saved = PdfPreview.save("demo-disdikbud.pdf", pdf.content());
        assertThat(PdfPreview.pages(saved)).allSatisfy(p -> assertThat(p).isRegularFile());
        GeneratedDocument docx = reports.report(disdikbud.id(), DocumentFormat.DOCX, INDONESIAN);
        PdfPreview.save("demo-disdikbud.docx", docx.content());
    }

    @Test
    void theReportOfTheReturnedIntegrationShowsTheOpenStep() throws Exception {
        SignedIn.as(opds.staff(Role.ADMINISTRATOR));
        Integration bpbd = demo(DemoIntegrations.BPBD);
        GeneratedDocument pdf = reports.report(bpbd.id(), DocumentFormat.PDF, INDONESIAN);
        String text = IntegrationReportServiceTest.pdfText(pdf.content());
        assertThat(text).contains("Data kejadian tahun 2019 dan 2020 tidak tampil di dasbor")
            .contains("sedang berjalan");
        Path saved = PdfPreview.save("demo-bpbd.pdf", pdf.content());
        assertThat(PdfPreview.pages(saved)).isNotEmpty();
    }

    @Test
    void theYearlyReportOfTheDemoRendersToPages() throws Exception {
        SignedIn.as(opds.staff(Role.TEKNIS));
        Integration dkp3a = demo(DemoIntegrations.DKP3A);
        int year = dkp3a.createdAt().atZone(java.time.ZoneId.of("Asia/Makassar")).getYear();
        GeneratedDocument pdf = periodic.report(ReportPeriod.year(year), DocumentFormat.PDF, INDONESIAN);
        String text = IntegrationReportServiceTest.pdfText(pdf.content());
        assertThat(text).contains("Laporan Periodik Integrasi dan Data").contains("Pengembalian dan Alasannya");
        Path saved = PdfPreview.save("demo-periodik.pdf", pdf.content());
        assertThat(PdfPreview.pages(saved)).isNotEmpty();
        PdfPreview.save("demo-periodik.xlsx",
                periodic.report(ReportPeriod.year(year), DocumentFormat.XLSX, INDONESIAN).content());
    }

}
