package id.satudata.portal.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Real Word tables for the DOCX: fixed column widths from the weights, a shaded header
 * row marked to repeat on every page, identification tables with a shaded label column,
 * and the borderless two-column signature block.
 */
final class DocxTables {

    private static final String BORDER = "9AA5B1";

    private static final String HEADER_FILL = "DCE3EE";

    private static final String KEY_FILL = "EEF1F5";

    private static final String ZEBRA = "F7F9FB";

    private static final int FONT_SIZE = 9;

    private DocxTables() {
    }

    static void table(XWPFDocument document, Block.Table table) {
        if (table.caption() != null) {
            XWPFParagraph caption = document.createParagraph();
            caption.setStyle("Caption");
            caption.setKeepNext(true);
            XWPFRun run = caption.createRun();
            run.setBold(true);
            run.setItalic(false);
            run.setText(table.caption());
        }
        int[] widths = widths(table.columns().stream().mapToDouble(Block.Column::weight).toArray());
        XWPFTable word = newTable(document, widths);
        XWPFTableRow header = word.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            Block.Column column = table.columns().get(c);
            fill(cell(header, c, widths[c]), Cell.marked(column.header(), Cell.Mark.STRONG), Block.Align.LEFT,
                    HEADER_FILL);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = word.createRow();
            List<Cell> cells = table.rows().get(r);
            for (int c = 0; c < widths.length; c++) {
                fill(cell(row, c, widths[c]), cells.get(c), table.columns().get(c).align(), r % 2 == 1 ? ZEBRA : null);
            }
        }
        spacer(document);
    }

    static void keyValues(XWPFDocument document, Block.KeyValues keyValues) {
        int[] widths = widths(new double[] { 0.32, 0.68 });
        XWPFTable word = newTable(document, widths);
        for (int r = 0; r < keyValues.rows().size(); r++) {
            XWPFTableRow row = r == 0 ? word.getRow(0) : word.createRow();
            Block.KeyValue kv = keyValues.rows().get(r);
            fill(cell(row, 0, widths[0]), Cell.marked(kv.key(), Cell.Mark.STRONG), Block.Align.LEFT, KEY_FILL);
            fill(cell(row, 1, widths[1]), kv.value(), Block.Align.LEFT, null);
        }
        spacer(document);
    }

    static void signatures(XWPFDocument document, Block.Signatures signatures) {
        int[] widths = widths(new double[] { 0.5, 0.5 });
        XWPFTable word = newTable(document, widths);
        word.removeBorders();
        XWPFTableRow row = word.getRow(0);
        row.setCantSplitRow(true);
        List<Block.Signatory> officials = signatures.signatories();
        for (int c = 0; c < 2; c++) {
            XWPFTableCell cell = cell(row, c, widths[c]);
            int index = officials.size() == 1 ? c - 1 : c;
            XWPFParagraph first = cell.getParagraphs().getFirst();
            first.setAlignment(ParagraphAlignment.CENTER);
            first.setKeepNext(true);
            run(first, c == 1 ? signatures.placeAndDate() : "", false, false);
            if (index < 0) {
                continue;
            }
            Block.Signatory official = officials.get(index);
            line(cell, official.preamble(), false, false);
            line(cell, official.role(), false, false);
            for (int i = 0; i < 3; i++) {
                line(cell, "", false, false);
            }
            line(cell, official.name(), true, true);
            line(cell, official.idLine(), false, false);
        }
    }

    private static XWPFTable newTable(XWPFDocument document, int[] widths) {
        XWPFTable table = document.createTable(1, widths.length);
        table.setWidth(DocxStyles.textWidth());
        table.setWidthType(TableWidthType.DXA);
        CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setCellMargins(40, 80, 40, 80);
        return table;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int index, int width) {
        XWPFTableCell cell = row.getCell(index);
        if (cell == null) {
            cell = row.addNewTableCell();
        }
        cell.setWidth(Integer.toString(width));
        cell.setWidthType(TableWidthType.DXA);
        return cell;
    }

    private static void fill(XWPFTableCell cell, Cell content, Block.Align align,
            @org.jspecify.annotations.Nullable String fill) {
        if (fill != null) {
            cell.setColor(fill);
        }
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
        XWPFRun run = paragraph.createRun();
        run.setFontSize(FONT_SIZE);
        DocxWriter.setText(run, content.text());
        switch (content.mark()) {
            case STRONG -> run.setBold(true);
            case ALERT -> {
                run.setBold(true);
                run.setColor("B00020");
            }
            case MUTED -> {
                run.setItalic(true);
                run.setColor("6B7280");
            }
            case NONE -> {
            }
        }
    }

    private static void line(XWPFTableCell cell, String text, boolean bold, boolean underline) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setKeepNext(true);
        run(paragraph, text, bold, underline);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean underline) {
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        if (underline) {
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
    }

    private static int[] widths(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = (int) Math.round(DocxStyles.textWidth() * weights[i] / total);
        }
        return widths;
    }

    private static void spacer(XWPFDocument document) {
        document.createParagraph().setSpacingAfter(60);
    }

}
