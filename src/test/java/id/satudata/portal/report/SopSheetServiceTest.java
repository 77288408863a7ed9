package id.satudata.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class SopSheetServiceTest {

    private static final Locale INDONESIAN = Locale.of("id");

    @Autowired
    SopSheetService sheets;

    @Autowired
    SopService sops;

    @Autowired
    OpdFixtures fixtures;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void thePdfSheetOfEveryTemplateListsEveryStepWithItsTimeStandard() throws Exception {
        SignedIn.as(fixtures.staff(Role.TEKNIS));
        for (SopTemplate template : sops.templates()) {
            GeneratedDocument pdf = sheets.sopSheet(template.code(), DocumentFormat.PDF, INDONESIAN);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.content())) {
                String text = DocumentWritersTest.flat(new PDFTextStripper().getText(document));
                assertThat(text).contains("Lembar SOP").contains(template.name()).contains(template.issuer());
                for (SopStep step : template.steps()) {
                    assertThat(text).contains(DocumentWritersTest.flat(step.activity()));
                }
                assertThat(images(document)).isEqualTo(2);
                assertThat(text).contains("Halaman 1 dari " + document.getNumberOfPages());
            }
            Path saved = PdfPreview.save(pdf.fileName(), pdf.content());
            if (template.isDefault()) {
                assertThat(PdfPreview.pages(saved)).allSatisfy(p -> assertThat(p).isRegularFile());
            }
        }
    }

    @Test
    void theKaltimDocxHasTheStepTableWithDecisionsAndTheCharts() throws Exception {
        SignedIn.as(fixtures.opdStaff(fixtures.opd("Dinkes")));
        GeneratedDocument docx = sheets.sopSheet("KALTIM", DocumentFormat.DOCX, INDONESIAN);
        assertThat(docx.fileName()).isEqualTo("lembar-sop-kaltim.docx");
        PdfPreview.save(docx.fileName(), docx.content());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            XWPFTable steps = document.getTables().get(1);
            assertThat(steps.getRow(0).isRepeatHeader()).isTrue();
            assertThat(steps.getRows()).hasSize(13);
            assertThat(steps.getRow(3).getCell(1).getText()).startsWith("melakukan perumusan mengenai skenario");
            assertThat(steps.getRow(3).getCell(4).getText()).isEqualTo("1 bulan");
            assertThat(steps.getRow(6).getCell(4).getText()).isEqualTo("1-3 hari");
            assertThat(steps.getRow(3).getCell(6).getText()).contains("Skenario integrasi disepakati?")
                .contains("Tidak: kembali ke langkah 2");
            assertThat(steps.getRow(11).getCell(6).getText()).contains("Tidak: kembali ke langkah 3");
            assertThat(document.getAllPictures()).hasSize(2);
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("3-4 bulan").contains("Pejabat Administrator").contains("Pejabat Pengawas");
        }
    }

    @Test
    void theSheetIsInEnglishWhenTheUiIs() throws Exception {
        SignedIn.as(fixtures.staff(Role.PENGAWAS));
        GeneratedDocument pdf = sheets.sopSheet("TRENGGALEK_EKSTERNAL", DocumentFormat.PDF, Locale.ENGLISH);
        assertThat(pdf.fileName()).isEqualTo("sop-sheet-trenggalek-eksternal.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = DocumentWritersTest.flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("SOP sheets")
                .contains("15 minutes")
                .contains("1 week")
                .contains("Yes: to step 6")
                .contains("Page 1 of ");
        }
    }

    @Test
    void theXlsxHasTheStepTable() throws Exception {
        SignedIn.as(fixtures.staff(Role.ADMINISTRATOR));
        GeneratedDocument xlsx = sheets.sopSheet("TRENGGALEK_INTERNAL", DocumentFormat.XLSX, INDONESIAN);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            var sheet = workbook.getSheet("Langkah");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Pelaporan");
        }
    }

    @Test
    void anonymousVisitorsGetNoSheet() {
        assertThatThrownBy(() -> sheets.sopSheet("KALTIM", DocumentFormat.PDF, INDONESIAN))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        SignedIn.as(fixtures.staff(Role.TEKNIS));
        assertThatThrownBy(() -> sheets.sopSheet("NOPE", DocumentFormat.PDF, INDONESIAN))
            .isInstanceOf(id.satudata.portal.base.error.NotFoundException.class);
    }

    private static int images(PDDocument document) throws java.io.IOException {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }

}
