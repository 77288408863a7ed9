package id.satudata.portal.datastore.query;

import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.SchemaJson;
import id.satudata.portal.datastore.schema.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;

/**
 * Writes rows read from the database as CSV (RFC 4180, UTF-8), a JSON array or an XLSX
 * sheet: the one export path of every download.
 */
final class ExportWriter {

    private ExportWriter() {
    }

    static long write(Iterable<DataRow> rows, TableSchema schema, ExportFormat format, OutputStream out)
            throws IOException {
        return switch (format) {
            case CSV -> csv(rows, schema, out);
            case JSON -> json(rows, schema, out);
            case XLSX -> xlsx(rows, schema, out);
        };
    }

    /** One sheet; rows beyond what a sheet holds are left out. */
    private static long xlsx(Iterable<DataRow> rows, TableSchema schema, OutputStream out) throws IOException {
        long n = 0;
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            xlsx.row(schema.fields().stream().map(SchemaField::name).toList());
            for (DataRow r : rows) {
                if (!xlsx.hasRoom()) {
                    break;
                }
                xlsx.row(r.values());
                n++;
            }
        }
        return n;
    }

    private static long csv(Iterable<DataRow> rows, TableSchema schema, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < schema.fields().size(); i++) {
            w.write(i == 0 ? "" : ",");
            w.write(schema.fields().get(i).name());
        }
        w.write("\r\n");
        long n = 0;
        for (DataRow r : rows) {
            for (int i = 0; i < schema.fields().size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                Object value = r.values().get(i);
                if (value instanceof String text) {
                    w.write(quote(neutralise(text)));
                }
                else if (value != null) {
                    w.write(quote(value.toString()));
                }
            }
            w.write("\r\n");
            n++;
        }
        w.flush();
        return n;
    }

    /**
     * Text starting with a character a spreadsheet reads as the start of a formula (=, +,
     * -, @, tab, carriage return) gets a leading apostrophe, so opening the CSV never
     * runs it (OWASP CSV injection). Numbers are not text and stay as they are.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    static String quote(String text) {
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static long json(Iterable<DataRow> rows, TableSchema schema, OutputStream out) {
        long n = 0;
        try (JsonGenerator json = SchemaJson.JSON.createGenerator(out)) {
            json.writeStartArray();
            for (DataRow r : rows) {
                json.writeStartObject();
                for (int i = 0; i < schema.fields().size(); i++) {
                    SchemaField field = schema.fields().get(i);
                    Object value = r.values().get(i);
                    json.writeName(field.name());
                    switch (value) {
                        case null -> json.writeNull();
                        case Long l -> json.writeNumber(l);
                        case Integer y -> json.writeNumber(y);
                        case Double d -> json.writeNumber(d);
                        case Boolean b -> json.writeBoolean(b);
                        default -> json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
                n++;
            }
            json.writeEndArray();
        }
        return n;
    }

}
