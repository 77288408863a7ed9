package id.satudata.portal.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pages of a PDF being written: A4 with the margins of an Indonesian office letter, a
 * cursor moving down the current page, and the drawing operations the writers use (in
 * points, y measured from the bottom as PDF does).
 */
final class PdfPager implements AutoCloseable {

    static final PDRectangle A4 = PDRectangle.A4;

    static final float LEFT = 85f;

    static final float RIGHT = 57f;

    static final float TOP = 64f;

    static final float BOTTOM = 64f;

    private final PDDocument document;

    private PDPageContentStream content;

    private float y;

    private boolean blank = true;

    PdfPager(PDDocument document) {
        this.document = document;
        newPage();
    }

    float left() {
        return LEFT;
    }

    float width() {
        return A4.getWidth() - LEFT - RIGHT;
    }

    /** The cursor: top of the space left on the page. */
    float y() {
        return y;
    }

    /** Room left between the cursor and the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    /** Room on an empty page. */
    static float pageRoom() {
        return A4.getHeight() - TOP - BOTTOM;
    }

    /** Whether nothing has been drawn on the current page yet. */
    boolean isBlank() {
        return blank;
    }

    void down(float amount) {
        y -= amount;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (height > room() && !blank) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - TOP;
        blank = true;
    }

    void text(String text, float x, float baseline, PDFont font, float size, Color colour) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blank = false;
    }

    void fill(float x, float bottom, float width, float height, Color colour) {
        try {
            content.setNonStrokingColor(colour);
            content.addRect(x, bottom, width, height);
            content.fill();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blank = false;
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color colour) {
        try {
            content.setStrokingColor(colour);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blank = false;
    }

    void image(PDImageXObject image, float x, float bottom, float width, float height) {
        try {
            content.drawImage(image, x, bottom, width, height);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blank = false;
    }

    @Override
    public void close() {
        try {
            content.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
