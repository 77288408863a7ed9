package id.satudata.portal.datastore.query;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming XLSX workbook of one sheet (Apache POI's SXSSF): a header row, then rows of
 * numbers, booleans and inline strings. Only a window of rows is in memory (the rest goes
 * to a compressed temporary file until the workbook is written); text is never a formula.
 */
final class XlsxWriter implements AutoCloseable {

    /** The rows one sheet holds, including the header. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final OutputStream out;

    // inline strings: a shared-strings table would hold every distinct text in memory
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);

    private final SXSSFSheet sheet = workbook.createSheet("data");

    private int rows;

    XlsxWriter(OutputStream out) {
        this.out = out;
    }

    /** Whether another row fits in the sheet. */
    boolean hasRoom() {
        return rows < MAX_ROWS;
    }

    void row(List<?> values) {
        if (!hasRoom()) {
            throw new IllegalStateException("The sheet is full");
        }
        var row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            @Nullable Object value = values.get(i);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                cell.setCellValue(number.doubleValue());
            }
            else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            }
            else {
                cell.setCellValue(xmlSafe(value.toString()));
            }
        }
    }

    /**
     * Drops characters XML 1.0 cannot carry (control characters other than tab and line
     * breaks), which POI would otherwise write as question marks.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
            .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
            .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        }
        finally {
            // deletes the temporary file
            workbook.close();
        }
    }

}
