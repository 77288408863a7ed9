package id.satudata.portal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link ReportDocument} as an editable Word document (Apache POI): Word's
 * heading styles, real tables with repeating header rows, pictures, a signature table and
 * page numbers in the footer. Same content as {@link PdfWriter}.
 */
public final class DocxWriter {

    private final ReportDocument report;

    private final XWPFDocument document = new XWPFDocument();

    private int figures;

    private DocxWriter(ReportDocument report) {
        this.report = report;
    }

    /** Writes the document to {@code out} (not closed). */
    public static void write(ReportDocument report, OutputStream out) {
        DocxWriter writer = new DocxWriter(report);
        try (XWPFDocument document = writer.document) {
            writer.writeAll();
            document.write(out);
        }
        catch (IOException | InvalidFormatException e) {
            throw new UncheckedIOException("Could not write the DOCX " + report.title(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void writeAll() throws IOException, InvalidFormatException {
        DocxStyles.setUp(document, report);
        document.getProperties().getCoreProperties().setTitle(report.title());
        document.getProperties().getCoreProperties().setCreator("Satu Data Portal");
        DocxStyles.footer(document, report);
        styled("Title", report.title(), ParagraphAlignment.CENTER);
        if (report.subtitle() != null) {
            styled("Subtitle", report.subtitle(), ParagraphAlignment.CENTER);
        }
        for (Block block : report.blocks()) {
            switch (block) {
                case Block.Heading heading -> styled("Heading" + heading.level(), heading.text(), null);
                case Block.Paragraph paragraph ->
                    styled(paragraph.style() == Block.Paragraph.Style.NOTE ? "Note" : "Normal", paragraph.text(), null);
                case Block.KeyValues keyValues -> DocxTables.keyValues(document, keyValues);
                case Block.Table table -> DocxTables.table(document, table);
                case Block.Figure figure -> figure(figure);
                case Block.Signatures signatures -> DocxTables.signatures(document, signatures);
                case Block.PageBreak pageBreak -> document.createParagraph().setPageBreak(true);
            }
        }
    }

    private void styled(String style, String text, @org.jspecify.annotations.Nullable ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (alignment != null) {
            paragraph.setAlignment(alignment);
        }
        setText(paragraph.createRun(), text);
    }

    private void figure(Block.Figure figure) throws IOException, InvalidFormatException {
        double widthPt = (PdfPager.A4.getWidth() - PdfPager.LEFT - PdfPager.RIGHT);
        double heightPt = widthPt * figure.height() / figure.width();
        double maxHeight = PdfPager.pageRoom() * 0.55;
        if (heightPt > maxHeight) {
            widthPt = widthPt * maxHeight / heightPt;
            heightPt = maxHeight;
        }
        XWPFParagraph picture = document.createParagraph();
        picture.setAlignment(ParagraphAlignment.CENTER);
        picture.setKeepNext(true);
        picture.setSpacingAfter(60);
        picture.createRun()
            .addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
                    "figure" + (++figures) + ".png", Units.toEMU(widthPt), Units.toEMU(heightPt));
        styled("Caption", figure.caption(), ParagraphAlignment.CENTER);
    }

    /** Sets a run's text; line breaks in the text become line breaks in Word. */
    static void setText(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

}
