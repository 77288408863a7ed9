package id.satudata.portal.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * Draws tables into the PDF: wrapped cell text, the header row repeated on every page a
 * table spans, and rows moved whole to the next page (or, when taller than a page, split
 * between lines) so no cell is ever cut off.
 */
final class PdfTables {

    static final float SIZE = 8.5f;

    static final float LEADING = 10.5f;

    static final float PAD = 3.5f;

    static final Color TEXT = new Color(0x1F, 0x23, 0x28);

    static final Color ALERT = new Color(0xB0, 0x00, 0x20);

    static final Color MUTED = new Color(0x6B, 0x72, 0x80);

    private static final Color BORDER = new Color(0x9A, 0xA5, 0xB1);

    private static final Color HEADER_FILL = new Color(0xDC, 0xE3, 0xEE);

    private static final Color KEY_FILL = new Color(0xEE, 0xF1, 0xF5);

    private static final Color ZEBRA = new Color(0xF7, 0xF9, 0xFB);

    private final PdfPager pager;

    private final PdfFonts fonts;

    PdfTables(PdfPager pager, PdfFonts fonts) {
        this.pager = pager;
        this.fonts = fonts;
    }

    /** A row laid out: the lines of each cell. */
    private record Row(List<List<String>> lines, List<Cell> cells, List<Block.Align> aligns, float[] widths,
            boolean header, @Nullable Color fill, boolean keyColumn) {

        int lineCount() {
            return lines.stream().mapToInt(List::size).max().orElse(1);
        }

        float height(int count) {
            return count * LEADING + 2 * PAD;
        }
    }

    void table(Block.Table table) {
        float[] widths = widths(table.columns().stream().mapToDouble(Block.Column::weight).toArray());
        List<Block.Align> aligns = table.columns().stream().map(Block.Column::align).toList();
        List<Cell> headerCells = table.columns().stream().map(c -> Cell.marked(c.header(), Cell.Mark.STRONG)).toList();
        Row header = layout(headerCells, aligns, widths, true, HEADER_FILL, false);
        float firstRow = table.rows().isEmpty() ? 0
                : layout(table.rows().getFirst(), aligns, widths, false, null, false).height(1);
        List<String> caption = table.caption() == null ? List.of()
                : PdfFonts.wrap(PdfFonts.safe(table.caption()), fonts.bold, 9, pager.width());
        pager.ensure(caption.size() * 12 + 4 + header.height(header.lineCount()) + firstRow);
        for (String line : caption) {
            pager.text(line, pager.left(), pager.y() - 9, fonts.bold, 9, TEXT);
            pager.down(12);
        }
        pager.down(caption.isEmpty() ? 0 : 3);
        draw(header, 0, header.lineCount());
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = layout(table.rows().get(i), aligns, widths, false, i % 2 == 1 ? ZEBRA : null, false);
            flow(row, header);
        }
        pager.down(10);
    }

    void keyValues(Block.KeyValues keyValues) {
        float[] widths = widths(new double[] { 0.32, 0.68 });
        List<Block.Align> aligns = List.of(Block.Align.LEFT, Block.Align.LEFT);
        for (Block.KeyValue kv : keyValues.rows()) {
            Row row = layout(List.of(Cell.marked(kv.key(), Cell.Mark.STRONG), kv.value()), aligns, widths, false, null,
                    true);
            flow(row, null);
        }
        pager.down(10);
    }

    private float[] widths(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (float) (pager.width() * weights[i] / total);
        }
        return widths;
    }

    private Row layout(List<Cell> cells, List<Block.Align> aligns, float[] widths, boolean header, @Nullable Color fill,
            boolean keyColumn) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            lines.add(PdfFonts.wrap(PdfFonts.safe(cell.text()), font(cell), SIZE, widths[c] - 2 * PAD));
        }
        return new Row(lines, cells, aligns, widths, header, fill, keyColumn);
    }

    /**
     * Places a row: here, on the next page under a repeated header, or split by lines.
     */
    private void flow(Row row, @Nullable Row header) {
        int from = 0;
        float headerHeight = header == null ? 0 : header.height(header.lineCount());
        while (from < row.lineCount()) {
            int remaining = row.lineCount() - from;
            if (row.height(remaining) <= pager.room()) {
                draw(row, from, remaining);
                return;
            }
            int fit = (int) Math.floor((pager.room() - 2 * PAD) / LEADING);
            boolean fitsOnFreshPage = row.height(remaining) <= PdfPager.pageRoom() - headerHeight;
            if (fitsOnFreshPage || fit < 2) {
                continueOnNextPage(header);
                continue;
            }
            draw(row, from, fit);
            from += fit;
            continueOnNextPage(header);
        }
    }

    private void continueOnNextPage(@Nullable Row header) {
        pager.newPage();
        if (header != null) {
            draw(header, 0, header.lineCount());
        }
    }

    private void draw(Row row, int from, int count) {
        float top = pager.y();
        float height = row.height(count);
        float x = pager.left();
        for (int c = 0; c < row.widths().length; c++) {
            float width = row.widths()[c];
            Color fill = row.keyColumn() && c == 0 ? KEY_FILL : row.fill();
            if (fill != null) {
                pager.fill(x, top - height, width, height, fill);
            }
            drawCellLines(row, c, x, top, from, count);
            pager.line(x, top, x, top - height, 0.5f, BORDER);
            x += width;
        }
        pager.line(x, top, x, top - height, 0.5f, BORDER);
        pager.line(pager.left(), top, x, top, 0.5f, BORDER);
        pager.line(pager.left(), top - height, x, top - height, 0.5f, BORDER);
        pager.down(height);
    }

    private void drawCellLines(Row row, int column, float x, float top, int from, int count) {
        Cell cell = row.cells().get(column);
        List<String> lines = row.lines().get(column);
        PDFont font = font(cell);
        float width = row.widths()[column];
        Block.Align align = row.header() ? Block.Align.LEFT : row.aligns().get(column);
        for (int k = 0; k < count && from + k < lines.size(); k++) {
            String line = lines.get(from + k);
            float textWidth = PdfFonts.width(line, font, SIZE);
            float textX = switch (align) {
                case LEFT -> x + PAD;
                case CENTER -> x + (width - textWidth) / 2;
                case RIGHT -> x + width - PAD - textWidth;
            };
            pager.text(line, textX, top - PAD - LEADING * 0.76f - k * LEADING, font, SIZE, colour(cell));
        }
    }

    private PDFont font(Cell cell) {
        return switch (cell.mark()) {
            case STRONG, ALERT -> fonts.bold;
            case MUTED -> fonts.italic;
            case NONE -> fonts.regular;
        };
    }

    private static Color colour(Cell cell) {
        return switch (cell.mark()) {
            case ALERT -> ALERT;
            case MUTED -> MUTED;
            case NONE, STRONG -> TEXT;
        };
    }

}
