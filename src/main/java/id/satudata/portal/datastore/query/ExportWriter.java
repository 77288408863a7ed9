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
import java.util.ArrayList;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes rows from a database cursor as CSV (RFC 4180, UTF-8), a JSON array or an XLSX
 * sheet: the one export path of every download.
 */
final class ExportWriter {

    private ExportWriter() {
    }

    static long write(Cursor<Record> cursor, TableSchema schema, ExportFormat format, OutputStream out)
            throws IOException {
        return switch (format) {
            case CSV -> csv(cursor, schema, out);
            case JSON -> json(cursor, schema, out);
            case XLSX -> xlsx(cursor, schema, out);
        };
    }

    /** One sheet; rows beyond what a sheet holds are left out. */
    private static long xlsx(Cursor<Record> cursor, TableSchema schema, OutputStream out) throws IOException {
        long n = 0;
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            xlsx.row(schema.fields().stream().map(SchemaField::name).toList());
            for (Record r : cursor) {
                if (!xlsx.hasRoom()) {
                    break;
                }
                List<@Nullable Object> values = new ArrayList<>(schema.fields().size());
                for (int i = 0; i < schema.fields().size(); i++) {
                    values.add(r.get(i + 1));
                }
                xlsx.row(values);
                n++;
            }
        }
        return n;
    }

    private static long csv(Cursor<Record> cursor, TableSchema schema, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < schema.fields().size(); i++) {
            w.write(i == 0 ? "" : ",");
            w.write(schema.fields().get(i).name());
        }
        w.write("\r\n");
        long n = 0;
        for (Record r : cursor) {
            for (int i = 0; i < schema.fields().size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                Object value = r.get(i + 1);
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

    private static long json(Cursor<Record> cursor, TableSchema schema, OutputStream out) {
        long n = 0;
        try (JsonGenerator json = SchemaJson.JSON.createGenerator(out)) {
            json.writeStartArray();
            for (Record r : cursor) {
                json.writeStartObject();
                for (int i = 0; i < schema.fields().size(); i++) {
                    SchemaField field = schema.fields().get(i);
                    Object value = r.get(i + 1);
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
