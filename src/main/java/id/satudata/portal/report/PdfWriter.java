package id.satudata.portal.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a {@link ReportDocument} as PDF (PDFBox): A4, wrapped text, tables that break
 * across pages with their header repeated, figures scaled to the text width, a signature
 * block kept on one page, and "Halaman x dari y" in every footer.
 */
public final class PdfWriter {

    private static final Color HEADING = new Color(0x1F, 0x2A, 0x44);

    private static final Color RULE = new Color(0x9A, 0xA5, 0xB1);

    private static final float[] HEADING_SIZE = { 13f, 11.5f, 10.5f };

    private static final float[] HEADING_SPACE = { 14f, 10f, 8f };

    private final ReportDocument report;

    private final PDDocument document = new PDDocument();

    private final PdfFonts fonts = new PdfFonts();

    private final PdfPager pager;

    private final PdfTables tables;

    private int figures;

    private PdfWriter(ReportDocument report) {
        this.report = report;
        this.pager = new PdfPager(document);
        this.tables = new PdfTables(pager, fonts);
    }

    /** Writes the document to {@code out} (not closed). */
    public static void write(ReportDocument report, OutputStream out) {
        PdfWriter writer = new PdfWriter(report);
        try (PDDocument document = writer.document) {
            writer.writeAll();
            document.save(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF " + report.title(), e);
        }
    }

    private void writeAll() throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setCreator("Satu Data Portal");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(report.locale().toLanguageTag());
        title();
        for (Block block : report.blocks()) {
            switch (block) {
                case Block.Heading heading -> heading(heading);
                case Block.Paragraph paragraph -> paragraph(paragraph);
                case Block.KeyValues keyValues -> tables.keyValues(keyValues);
                case Block.Table table -> tables.table(table);
                case Block.Figure figure -> figure(figure);
                case Block.Signatures signatures -> new PdfSignatures(pager, fonts).draw(signatures);
                case Block.PageBreak pageBreak -> pager.newPage();
            }
        }
        pager.close();
        footers();
    }

    private void title() {
        centred(report.title(), fonts.bold, 15, 19);
        if (report.subtitle() != null) {
            pager.down(2);
            centred(report.subtitle(), fonts.regular, 11, 14);
        }
        pager.down(6);
        pager.line(pager.left(), pager.y(), pager.left() + pager.width(), pager.y(), 1f, HEADING);
        pager.down(16);
    }

    private void centred(String text, PDFont font, float size, float leading) {
        for (String line : PdfFonts.wrap(PdfFonts.safe(text), font, size, pager.width())) {
            float x = pager.left() + (pager.width() - PdfFonts.width(line, font, size)) / 2;
            pager.text(line, x, pager.y() - size, font, size, HEADING);
            pager.down(leading);
        }
    }

    private void heading(Block.Heading heading) {
        float size = HEADING_SIZE[heading.level() - 1];
        List<String> lines = PdfFonts.wrap(PdfFonts.safe(heading.text()), fonts.bold, size, pager.width());
        float height = lines.size() * size * 1.3f;
        // keep a heading with the start of what follows it
        pager.ensure(HEADING_SPACE[heading.level() - 1] + height + 60);
        if (!pager.isBlank()) {
            pager.down(HEADING_SPACE[heading.level() - 1]);
        }
        for (String line : lines) {
            pager.text(line, pager.left(), pager.y() - size, fonts.bold, size, HEADING);
            pager.down(size * 1.3f);
        }
        pager.down(4);
    }

    private void paragraph(Block.Paragraph paragraph) {
        boolean note = paragraph.style() == Block.Paragraph.Style.NOTE;
        PDFont font = note ? fonts.italic : fonts.regular;
        float size = note ? 8.5f : 10f;
        float leading = note ? 11f : 13.5f;
        Color colour = note ? PdfTables.MUTED : PdfTables.TEXT;
        for (String line : PdfFonts.wrap(PdfFonts.safe(paragraph.text()), font, size, pager.width())) {
            pager.ensure(leading);
            pager.text(line, pager.left(), pager.y() - size, font, size, colour);
            pager.down(leading);
        }
        pager.down(6);
    }

    private void figure(Block.Figure figure) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(document, figure.png(), "figure" + (++figures));
        float width = pager.width();
        float height = width * figure.height() / figure.width();
        float maxHeight = PdfPager.pageRoom() * 0.55f;
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        List<String> caption = PdfFonts.wrap(PdfFonts.safe(figure.caption()), fonts.italic, 8.5f, pager.width());
        pager.ensure(height + 6 + caption.size() * 11);
        float x = pager.left() + (pager.width() - width) / 2;
        pager.image(image, x, pager.y() - height, width, height);
        pager.line(x, pager.y() - height, x + width, pager.y() - height, 0.3f, RULE);
        pager.down(height + 4);
        for (String line : caption) {
            float lineX = pager.left() + (pager.width() - PdfFonts.width(line, fonts.italic, 8.5f)) / 2;
            pager.text(line, lineX, pager.y() - 8.5f, fonts.italic, 8.5f, PdfTables.MUTED);
            pager.down(11);
        }
        pager.down(10);
    }

    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        String title = PdfFonts.safe(report.title());
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float y = PdfPager.BOTTOM - 22;
                float right = PdfPager.A4.getWidth() - PdfPager.RIGHT;
                footer.setStrokingColor(RULE);
                footer.setLineWidth(0.5f);
                footer.moveTo(PdfPager.LEFT, y + 10);
                footer.lineTo(right, y + 10);
                footer.stroke();
                String label = report.pageLabel(i + 1, pages);
                float labelWidth = PdfFonts.width(label, fonts.regular, 8);
                String shortTitle = fit(title, right - PdfPager.LEFT - labelWidth - 24);
                footerText(footer, shortTitle, PdfPager.LEFT, y);
                footerText(footer, label, right - labelWidth, y);
            }
        }
    }

    private void footerText(PDPageContentStream footer, String text, float x, float y) throws IOException {
        footer.beginText();
        footer.setFont(fonts.regular, 8);
        footer.setNonStrokingColor(PdfTables.MUTED);
        footer.newLineAtOffset(x, y);
        footer.showText(text);
        footer.endText();
    }

    private String fit(String text, float width) {
        if (PdfFonts.width(text, fonts.regular, 8) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && PdfFonts.width(shortened + "...", fonts.regular, 8) > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "...";
    }

}
