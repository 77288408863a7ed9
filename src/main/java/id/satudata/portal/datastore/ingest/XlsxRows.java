package id.satudata.portal.datastore.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Rows of the first sheet of an XLSX workbook (Office Open XML), read with StAX: shared
 * strings, inline strings, numbers (as written, e.g. serial dates stay numbers) and
 * booleans. Empty cells between filled ones come back as empty strings.
 */
final class XlsxRows implements RawRows {

    private static final int MAX_COLUMNS = 1000;

    private final ZipFile zip;

    private final XMLStreamReader sheet;

    private final List<String> shared;

    private long row;

    XlsxRows(Path file) throws IOException {
        try {
            this.zip = new ZipFile(file.toFile());
        }
        catch (IOException e) {
            throw new PayloadException(LoadProblem.MALFORMED, 0, ErrorReason.NOT_XLSX);
        }
        try {
            this.shared = sharedStrings();
            ZipEntry entry = firstSheet();
            this.sheet = factory().createXMLStreamReader(zip.getInputStream(entry));
        }
        catch (XMLStreamException e) {
            zip.close();
            throw new PayloadException(LoadProblem.MALFORMED, 0, ErrorReason.UNREADABLE_XLSX, e.getMessage());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private ZipEntry firstSheet() {
        ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
        if (entry == null) {
            entry = zip.stream()
                .filter(e -> e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml"))
                .findFirst()
                .orElseThrow(() -> new PayloadException(LoadProblem.MALFORMED, 0, ErrorReason.NO_SHEET));
        }
        return entry;
    }

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            StringBuilder text = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    text = new StringBuilder();
                }
                else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t") && text != null) {
                    text.append(xml.getElementText());
                }
                else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si") && text != null) {
                    strings.add(text.toString());
                    text = null;
                }
            }
        }
        return strings;
    }

    @Override
    public String @Nullable [] next() throws IOException {
        try {
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                    String r = sheet.getAttributeValue(null, "r");
                    row = r != null ? Long.parseLong(r) : row + 1;
                    return readRow();
                }
            }
            return null;
        }
        catch (XMLStreamException | NumberFormatException e) {
            throw new PayloadException(LoadProblem.MALFORMED, row, ErrorReason.UNREADABLE_SHEET, e.getMessage());
        }
    }

    private String[] readRow() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
                int column = column(sheet.getAttributeValue(null, "r"), cells.size());
                if (column >= MAX_COLUMNS) {
                    throw new PayloadException(LoadProblem.TOO_LARGE, row, ErrorReason.TOO_MANY_COLUMNS, MAX_COLUMNS);
                }
                String type = sheet.getAttributeValue(null, "t");
                String value = cellValue(type);
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        return cells.toArray(String[]::new);
    }

    private String cellValue(@Nullable String type) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    && (sheet.getLocalName().equals("v") || sheet.getLocalName().equals("t"))) {
                value.append(sheet.getElementText());
            }
        }
        String text = value.toString();
        if ("s".equals(type) && !text.isEmpty()) {
            int index = Integer.parseInt(text.trim());
            return index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(text) ? "true" : "false";
        }
        return text;
    }

    /** Zero-based column of a cell reference like "AB12"; the next one if absent. */
    static int column(@Nullable String ref, int next) {
        if (ref == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public long row() {
        return row;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        }
        catch (XMLStreamException e) {
            // closing only
        }
        zip.close();
    }

}
