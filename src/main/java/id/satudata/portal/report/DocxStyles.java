package id.satudata.portal.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Page and style set-up of the DOCX: A4 with the PDF's margins, Arial (Liberation Sans in
 * LibreOffice, the same metrics as the PDF's Helvetica), Word's own heading styles
 * ("heading 1" ... so the navigation pane and a table of contents find them), a caption
 * style, and a footer with "Halaman x dari y" as PAGE and NUMPAGES fields.
 */
final class DocxStyles {

    static final String FONT = "Arial";

    /** Twentieths of a point per point. */
    static final int TWIPS = 20;

    private DocxStyles() {
    }

    static void setUp(XWPFDocument document, ReportDocument report) {
        pageSetup(document);
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(report.locale().getLanguage().equals("en") ? "en-GB" : "id-ID");
        styles.addStyle(paragraphStyle("Normal", "Normal", 20, false, false, -1));
        styles.addStyle(paragraphStyle("Title", "Title", 30, true, false, -1));
        styles.addStyle(paragraphStyle("Subtitle", "Subtitle", 22, false, false, -1));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 26, true, false, 0));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 23, true, false, 1));
        styles.addStyle(paragraphStyle("Heading3", "heading 3", 21, true, false, 2));
        styles.addStyle(paragraphStyle("Caption", "caption", 17, false, true, -1));
        styles.addStyle(paragraphStyle("Note", "Note", 17, false, true, -1));
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(twips(PdfPager.A4.getWidth()));
        size.setH(twips(PdfPager.A4.getHeight()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(twips(PdfPager.LEFT));
        margins.setRight(twips(PdfPager.RIGHT));
        margins.setTop(twips(PdfPager.TOP));
        margins.setBottom(twips(PdfPager.BOTTOM));
        margins.setFooter(twips(PdfPager.BOTTOM - 30));
        margins.setHeader(twips(30));
    }

    static BigInteger twips(float points) {
        return BigInteger.valueOf(Math.round(points * TWIPS));
    }

    /** Usable text width in twips. */
    static int textWidth() {
        return Math.round((PdfPager.A4.getWidth() - PdfPager.LEFT - PdfPager.RIGHT) * TWIPS);
    }

    private static XWPFStyle paragraphStyle(String id, String name, int halfPoints, boolean bold, boolean italic,
            int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(outlineLevel >= 0 ? 80 : 100));
        if (outlineLevel >= 0) {
            spacing.setBefore(BigInteger.valueOf(outlineLevel == 0 ? 280 : 200));
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
            run.addNewColor().setVal("6B7280");
        }
        else if (outlineLevel >= 0 || id.equals("Title")) {
            run.addNewColor().setVal("1F2A44");
        }
        return new XWPFStyle(style);
    }

    /**
     * The footer: document title on the left, "Halaman {PAGE} dari {NUMPAGES}" on the
     * right.
     */
    static void footer(XWPFDocument document, ReportDocument report) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        var tab = paragraph.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth()));
        String[] parts = report.pageLabel().split("\\{[01]\\}", -1);
        boolean pageFirst = report.pageLabel().indexOf("{0}") < report.pageLabel().indexOf("{1}");
        text(paragraph, report.title());
        paragraph.createRun().addTab();
        text(paragraph, parts[0]);
        field(paragraph, pageFirst ? "PAGE" : "NUMPAGES");
        text(paragraph, parts[1]);
        field(paragraph, pageFirst ? "NUMPAGES" : "PAGE");
        text(paragraph, parts[2]);
    }

    private static void text(XWPFParagraph paragraph, String text) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setFontSize(8);
        run.setColor("6B7280");
        run.setText(text);
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        XWPFRun begin = paragraph.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        XWPFRun separate = paragraph.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        text(paragraph, "1");
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

}
