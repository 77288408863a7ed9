package id.satudata.portal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the tables of a {@link ReportDocument} as an XLSX workbook, one worksheet per
 * table: a bold frozen header row with filters, numbers as numbers (so they can be
 * summed) and text as text; identification rows go to a first "Info" sheet.
 */
public final class XlsxWriter {

    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxWriter() {
    }

    /** Writes the workbook to {@code out} (not closed). */
    public static void write(ReportDocument report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator("Satu Data Portal");
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            info(workbook, report, styles, names);
            int index = 1;
            for (Block.Table table : report.tables()) {
                String name = table.sheetName() != null ? table.sheetName()
                        : table.caption() != null ? table.caption() : "Tabel " + index;
                sheet(workbook.createSheet(unique(name, names)), table, styles);
                index++;
            }
            workbook.write(out);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the XLSX " + report.title(), e);
        }
    }

    private static void info(XSSFWorkbook workbook, ReportDocument report, Styles styles, Set<String> names) {
        Sheet sheet = workbook.createSheet(unique("Info", names));
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(report.title());
        title.getCell(0).setCellStyle(styles.header);
        for (Block block : report.blocks()) {
            if (block instanceof Block.KeyValues keyValues) {
                for (Block.KeyValue kv : keyValues.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(kv.key());
                    row.getCell(0).setCellStyle(styles.header);
                    value(row.createCell(1), kv.value(), styles);
                }
            }
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, MAX_COLUMN_CHARS * 256);
    }

    private static void sheet(Sheet sheet, Block.Table table, Styles styles) {
        Row header = sheet.createRow(0);
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            String text = table.columns().get(c).header();
            header.createCell(c).setCellValue(text);
            header.getCell(c).setCellStyle(styles.header);
            widths[c] = text.length();
        }
        List<List<Cell>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < widths.length; c++) {
                Cell cell = rows.get(r).get(c);
                value(row.createCell(c), cell, styles);
                widths[c] = Math.max(widths[c], cell.text().length());
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, widths.length - 1));
        }
    }

    private static void value(org.apache.poi.ss.usermodel.Cell target, Cell cell, Styles styles) {
        if (cell.number() != null) {
            target.setCellValue(cell.number());
            target.setCellStyle(cell.mark() == Cell.Mark.ALERT ? styles.alertNumber : styles.number);
        }
        else {
            target.setCellValue(cell.text());
            target.setCellStyle(cell.mark() == Cell.Mark.ALERT ? styles.alert : styles.text);
        }
    }

    /** Worksheet names: at most 31 characters, no forbidden ones, unique. */
    private static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    /** The cell styles of a workbook, made once. */
    private static final class Styles {

        final CellStyle header;

        final CellStyle text;

        final CellStyle number;

        final CellStyle alert;

        final CellStyle alertNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            alert = workbook.createCellStyle();
            alert.cloneStyleFrom(text);
            alert.setFont(red);
            alertNumber = workbook.createCellStyle();
            alertNumber.cloneStyleFrom(number);
            alertNumber.setFont(red);
        }

    }

}
