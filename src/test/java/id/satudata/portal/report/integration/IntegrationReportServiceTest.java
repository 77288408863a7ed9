package id.satudata.portal.report.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.registry.DocumentContent;
import id.satudata.portal.registry.EventKind;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.registry.RegistryFixtures;
import id.satudata.portal.registry.RegistryFixtures.Cast;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.report.DocumentFormat;
import id.satudata.portal.report.GeneratedDocument;
import id.satudata.portal.report.PdfPreview;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class IntegrationReportServiceTest {

    private static final Locale INDONESIAN = Locale.of("id");

    @Autowired
    IntegrationReportService reports;

    @Autowired
    RegistryService registry;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    IntegrationReportFixtures reportFixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theStep12ActionFilesThePdfAndDocxWithTheirHashesAndFinishesTheIntegration() throws Exception {
        Cast cast = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        SignedIn.as(cast.admin());
        Integration finished = reports.completeWithReport(at12.id(), at12.version(), INDONESIAN);
        assertThat(finished.isFinished()).isTrue();
        List<IntegrationDocument> filed = registry.documents(at12.id()).stream().filter(d -> d.stepNo() == 12).toList();
        assertThat(filed).extracting(IntegrationDocument::fileName)
            .containsExactly("laporan-hasil-integrasi-" + at12.code() + "-v1.pdf",
                    "laporan-hasil-integrasi-" + at12.code() + "-v1.docx");
        assertThat(filed).allSatisfy(d -> assertThat(d.kind()).isEqualTo("Laporan hasil Integrasi Aplikasi"));
        DocumentContent pdf = reports.latest(at12.id(), DocumentFormat.PDF).orElseThrow();
        byte[] bytes = pdf.stream().readAllBytes();
        assertThat(sha256(bytes)).isEqualTo(pdf.document().sha256());
        String text = pdfText(bytes);
        assertThat(text).contains("Langkah 12").contains(cast.admin().fullName()).contains("Versi laporan 1");
    }

    @Test
    void thePdfShowsIdentificationEveryStepVisitTheReturnReasonAndEveryDocumentHash() throws Exception {
        Cast cast = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        reportFixtures.datasetOf(cast, at12);
        SignedIn.as(cast.opdUser());
        GeneratedDocument pdf = reports.report(at12.id(), DocumentFormat.PDF, INDONESIAN);
        assertThat(PdfPreview.pages(PdfPreview.save("uji-laporan-dengan-grafik.pdf", pdf.content())))
            .allSatisfy(p -> assertThat(p).isRegularFile());
        String text = pdfText(pdf.content());
        assertThat(text).contains("Laporan Hasil Integrasi")
            .contains(at12.code())
            .contains(cast.opd().name())
            .contains("e-Puskesmas")
            .contains("Integrasi dan Pertukaran Data Sistem Informasi")
            .contains("Tanggal permohonan")
            .contains("Tanggal validasi");
        List<IntegrationEvent> completions = registry.events(at12.id())
            .stream()
            .filter(e -> e.kind() == EventKind.STEP_COMPLETED)
            .toList();
        for (IntegrationEvent step : completions) {
            assertThat(text).contains("Langkah " + step.fromStep());
        }
        assertThat(text).contains("Langkah 3 (ke-2)").contains("Langkah 11 (ke-2)");
        assertThat(text).contains("Tidak: kembali ke langkah 3").contains(IntegrationReportFixtures.RETURN_REASON);
        String compact = text.replaceAll("\\s+", "");
        for (IntegrationDocument document : registry.documents(at12.id())) {
            assertThat(compact).contains(document.sha256()).contains(document.fileName().replaceAll("\\s+", ""));
        }
        assertThat(text).contains("Pejabat Administrator").contains("Pejabat Pengawas").contains("Halaman 1 dari");
    }

    @Test
    void theDocxHasARowPerStepVisitTheDatasetsAndTheConfirmation() throws Exception {
        Cast cast = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        Dataset dataset = reportFixtures.datasetOf(cast, at12);
        SignedIn.as(cast.pengawas());
        GeneratedDocument docx = reports.report(at12.id(), DocumentFormat.DOCX, INDONESIAN);
        PdfPreview.save("uji-" + docx.fileName(), docx.content());
        long completions = registry.events(at12.id())
            .stream()
            .filter(e -> e.kind() == EventKind.STEP_COMPLETED)
            .count();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            XWPFTable path = table(document, "Langkah", "Pelaksana");
            assertThat(path.getRows()).hasSize((int) completions + 2);
            assertThat(path.getRow(path.getRows().size() - 1).getCell(6).getText()).contains("sedang berjalan");
            XWPFTable datasets = table(document, "Dataset", "Tabel skema");
            assertThat(datasets.getRow(1).getCell(0).getText()).isEqualTo(dataset.title());
            assertThat(datasets.getRow(1).getCell(1).getText()).isEqualTo("datastore.ds_" + dataset.id());
            assertThat(datasets.getRow(1).getCell(2).getText()).isEqualTo("3");
            assertThat(datasets.getRow(1).getCell(3).getText()).isEqualTo("1");
            assertThat(datasets.getRow(1).getCell(4).getText()).isEqualTo("1");
            assertThat(datasets.getRow(1).getCell(6).getText()).startsWith("Mutakhir");
            assertThat(document.getAllPictures()).isNotEmpty();
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("Dikonfirmasi oleh")
                .contains(cast.opdUser().fullName())
                .contains("Data integrasi pada dashboard sesuai? Ya.")
                .contains("Pejabat Administrator")
                .contains("Pejabat Pengawas");
        }
    }

    @Test
    void aFinishedIntegrationsReportIsFiledAgainAsANewVersionKeepingTheOldOne() throws Exception {
        Cast cast = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        SignedIn.as(cast.admin());
        Integration finished = reports.completeWithReport(at12.id(), at12.version(), INDONESIAN);
        Integration again = reports.regenerate(finished.id(), finished.version(), Locale.ENGLISH);
        assertThat(again.isFinished()).isTrue();
        List<IntegrationDocument> filed = registry.documents(at12.id()).stream().filter(d -> d.stepNo() == 12).toList();
        assertThat(filed).extracting(IntegrationDocument::fileName)
            .containsExactly("laporan-hasil-integrasi-" + at12.code() + "-v1.pdf",
                    "laporan-hasil-integrasi-" + at12.code() + "-v1.docx",
                    "integration-report-" + at12.code() + "-v2.pdf", "integration-report-" + at12.code() + "-v2.docx");
        assertThat(registry.events(at12.id()).getLast().kind()).isEqualTo(EventKind.NOTE);
        DocumentContent latest = reports.latest(at12.id(), DocumentFormat.DOCX).orElseThrow();
        assertThat(latest.document().fileName()).endsWith("-v2.docx");
        String text = pdfText(reports.latest(at12.id(), DocumentFormat.PDF).orElseThrow().stream().readAllBytes());
        assertThat(text).contains("Integration Result Report")
            .contains("Report version 2")
            .contains("Step 3 (visit 2)");
    }

    @Test
    void opdUserCannotGetTheReportOfAnotherOpdsIntegration() {
        Cast dinkes = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(dinkes);
        SignedIn.as(fixtures.cast("Dishub").opdUser());
        assertThatThrownBy(() -> reports.report(at12.id(), DocumentFormat.PDF, INDONESIAN))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.latest(at12.id(), DocumentFormat.PDF))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOpdUserCannotFileTheReportOfTheLastStep() {
        Cast cast = fixtures.cast("Dinkes");
        Integration at12 = reportFixtures.atReportStepAfterReturn(cast);
        SignedIn.as(cast.opdUser());
        assertThatThrownBy(() -> reports.completeWithReport(at12.id(), at12.version(), INDONESIAN))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(registry.get(at12.id()).isFinished()).isFalse();
    }

    @Test
    void noReportIsFiledBeforeTheLastStep() {
        Cast cast = fixtures.cast("Dinkes");
        Integration integration = fixtures.request(cast, "KALTIM");
        SignedIn.as(cast.admin());
        assertThatThrownBy(() -> reports.completeWithReport(integration.id(), integration.version(), INDONESIAN))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> reports.regenerate(integration.id(), integration.version(), INDONESIAN))
            .isInstanceOf(ValidationException.class);
        assertThat(registry.documents(integration.id())).isEmpty();
    }

    @Test
    void anonymousVisitorsGetNoReport() {
        Cast cast = fixtures.cast("Dinkes");
        Integration integration = fixtures.request(cast, "KALTIM");
        assertThatThrownBy(() -> reports.report(integration.id(), DocumentFormat.PDF, INDONESIAN))
            .isInstanceOf(AccessDeniedException.class);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static XWPFTable table(XWPFDocument document, String firstHeader, String secondHeader) {
        return document.getTables()
            .stream()
            .filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)
                    && t.getRow(0).getCell(1).getText().equals(secondHeader))
            .findFirst()
            .orElseThrow();
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

}
