package id.satudata.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document engine writes the same content as PDF, DOCX and XLSX; the files are opened
 * again with PDFBox and POI and read back.
 */
class DocumentWritersTest {

    private static final int ROWS = 150;

    private static ReportDocument report;

    private static byte[] pdf;

    private static byte[] docx;

    @BeforeAll
    static void write() throws Exception {
        report = SampleDocuments.withLongTable(ROWS, 2);
        pdf = DocumentWriters.write(report, DocumentFormat.PDF);
        docx = DocumentWriters.write(report, DocumentFormat.DOCX);
        PdfPreview.save("engine-sample.pdf", pdf);
        PdfPreview.save("engine-sample.docx", docx);
    }

    @Test
    void aLongPdfTableRepeatsItsHeaderOnEveryPageItSpans() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            int pagesWithRows = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = pageText(document, page);
                if (text.contains("Baris ")) {
                    pagesWithRows++;
                    assertThat(text).as("page %d", page).contains("Nama berkas").contains("SHA-256");
                }
            }
            assertThat(pagesWithRows).isGreaterThan(2);
        }
    }

    @Test
    void everyPdfRowKeepsItsWholeTextAndHash() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(document));
            String compact = text.replace(" ", "");
            for (List<Cell> row : report.tables().getFirst().rows()) {
                assertThat(text).contains(row.get(1).text());
                assertThat(compact).contains(row.get(2).text());
            }
            assertThat(text).contains("terlambat").contains("Dikembalikan ke langkah 3");
        }
    }

    @Test
    void pdfPagesAreNumberedAndTheTextIsIndonesian() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pageText(document, 1)).contains("Halaman 1 dari " + pages)
                .contains("Laporan Hasil Integrasi Sistem Informasi")
                .contains("Identitas integrasi");
            assertThat(flat(pageText(document, pages))).contains("Halaman " + pages + " dari " + pages)
                .contains("Pejabat Administrator Bidang Teknologi Informasi dan Komunikasi")
                .contains("NIP. 19750505 200003 1 002");
            assertThat(PdfPreview.pages(PdfPreview.save("engine-sample.pdf", pdf))).hasSize(pages);
        }
    }

    @Test
    void charactersOutsideWinAnsiAreReplacedNotFatal() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(pageText(document, 1)).contains("SIMPUS >= v2 v (data puskesmas) ?");
        }
    }

    @Test
    void pdfFiguresAreEmbeddedImagesScaledToTheTextWidth() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertThat(image.getWidth()).isEqualTo(1280);
                    }
                }
            }
            assertThat(images).isEqualTo(2);
        }
    }

    @Test
    void docxHasWordHeadingsARepeatingTableHeaderPicturesAndPageFields() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading1");
                assertThat(p.getText()).isEqualTo("1. Identitas integrasi");
            });
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            XWPFTable rows = document.getTables().get(1);
            assertThat(rows.getRow(0).isRepeatHeader()).isTrue();
            assertThat(rows.getRow(0).getCell(2).getText()).isEqualTo("SHA-256");
            assertThat(rows.getRows()).hasSize(ROWS + 1);
            assertThat(rows.getRow(7).getCell(3).getText()).isEqualTo("terlambat");
            assertThat(document.getAllPictures()).hasSize(2);
            String footer = document.getFooterList().getFirst()._getHdrFtr().xmlText();
            assertThat(footer).contains("Halaman ").contains(" PAGE ").contains(" dari ").contains(" NUMPAGES ");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @Test
    void docxCarriesTheSameTextAsThePdf() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (List<Cell> row : report.tables().getFirst().rows()) {
                assertThat(text).contains(row.get(1).text()).contains(row.get(2).text());
            }
            assertThat(text).contains("Dikembalikan ke langkah 3")
                .contains("Samarinda, 23 November 2026")
                .contains("Ir. Hendra Saputra, M.T.")
                .contains("Gambar 1. ");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = DocumentWriters.write(report, DocumentFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Info");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("INT-2026-0007");
            var sheet = workbook.getSheet("Dokumen");
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("SHA-256");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2501.0);
            assertThat(sheet.getRow(7).getCell(3).getStringCellValue()).isEqualTo("terlambat");
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenLinesNotCutOff() throws Exception {
        String longText = "kalimat panjang ".repeat(1200).strip();
        ReportDocument tall = ReportDocument.builder("Uji", SampleDocuments.INDONESIAN, SampleDocuments.PAGE_LABEL)
            .table(new Block.Table(null, List.of(Block.Column.of("Kolom A", 1), Block.Column.of("Kolom B", 1)),
                    List.of(List.of(Cell.text("awal"), Cell.text(longText + " AKHIR"))), null))
            .build();
        try (PDDocument document = Loader.loadPDF(DocumentWriters.write(tall, DocumentFormat.PDF))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text.split("kalimat", -1)).hasSize(1201);
            assertThat(text).contains("AKHIR");
            assertThat(pageText(document, 2)).contains("Kolom A");
        }
    }

    private static String pageText(PDDocument document, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Text with every run of white space (line breaks of wrapped cells) as one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

}
