package id.satudata.portal.datastore.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming XLSX (Office Open XML) workbook of one sheet: a header row, then
 * rows of numbers, booleans and inline strings. Nothing is held in memory but the current
 * row; text is never a formula.
 */
final class XlsxWriter implements AutoCloseable {

    /** The rows one sheet holds, including the header. */
    static final int MAX_ROWS = 1_048_576;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;

    private final XMLStreamWriter sheet;

    private int rows;

    XlsxWriter(OutputStream out) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        part("_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                + "\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
                + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        try {
            sheet = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            sheet.writeStartDocument("UTF-8", "1.0");
            sheet.writeStartElement("worksheet");
            sheet.writeDefaultNamespace(MAIN);
            sheet.writeStartElement("sheetData");
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Whether another row fits in the sheet. */
    boolean hasRoom() {
        return rows < MAX_ROWS;
    }

    void row(List<?> values) throws IOException {
        if (!hasRoom()) {
            throw new IllegalStateException("The sheet is full");
        }
        try {
            sheet.writeStartElement("row");
            for (Object value : values) {
                cell(value);
            }
            sheet.writeEndElement();
            rows++;
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void cell(@Nullable Object value) throws XMLStreamException {
        if (value == null) {
            sheet.writeEmptyElement("c");
            return;
        }
        sheet.writeStartElement("c");
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            sheet.writeStartElement("v");
            sheet.writeCharacters(number.toString());
        }
        else if (value instanceof Boolean b) {
            sheet.writeAttribute("t", "b");
            sheet.writeStartElement("v");
            sheet.writeCharacters(b ? "1" : "0");
        }
        else {
            sheet.writeAttribute("t", "inlineStr");
            sheet.writeStartElement("is");
            sheet.writeStartElement("t");
            sheet.writeCharacters(xmlSafe(value.toString()));
            sheet.writeEndElement();
        }
        sheet.writeEndElement();
        sheet.writeEndElement();
    }

    /**
     * Drops characters XML 1.0 cannot carry (control characters other than tab and line
     * breaks).
     */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
            .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
            .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
            .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.writeEndElement();
            sheet.writeEndElement();
            sheet.writeEndDocument();
            sheet.flush();
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
        zip.closeEntry();
        zip.finish();
    }

}
