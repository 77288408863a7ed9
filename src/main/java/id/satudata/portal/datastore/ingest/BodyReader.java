package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.schema.TableSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * A body of rows as it arrives (a push, an upload, a pulled file, a sample for schema
 * inference): the one place that picks the reader of its format (CSV, JSON, XLSX) and the
 * decoding of its bytes, and tells the load report what it found on the way (the CSV
 * delimiter, windows-1252 bytes in what should be UTF-8). Closing it closes the body and
 * deletes the spreadsheet's temporary copy.
 */
final class BodyReader implements Closeable {

    /** Longest CSV row of a sample (a load has its configured limit). */
    private static final int SAMPLE_MAX_ROW_CHARS = 1_000_000;

    private final @Nullable TextDecoder decoder;

    private final @Nullable RawRows cells;

    private final @Nullable Path spreadsheet;

    private @Nullable SchemaRows rows;

    private BodyReader(@Nullable TextDecoder decoder, @Nullable RawRows cells, @Nullable Path spreadsheet) {
        this.decoder = decoder;
        this.cells = cells;
        this.spreadsheet = spreadsheet;
    }

    /**
     * The body of a load, decoded as its request says (a declared charset; JSON is always
     * strict UTF-8).
     */
    static BodyReader of(LoadRequest request, InputStream body, int maxRowChars) throws IOException {
        return open(body, request.format(), request.strictUtf8(), request.declaredWindows1252(), maxRowChars);
    }

    /**
     * A kept payload read again (a schema version's download): decoded as a sample is.
     */
    static BodyReader kept(InputStream body, PayloadFormat format, int maxRowChars) throws IOException {
        return open(body, format, false, false, maxRowChars);
    }

    /** A sample file for schema inference: CSV (charset detected) or XLSX. */
    static BodyReader sample(InputStream body, PayloadFormat format) throws IOException {
        if (format == PayloadFormat.JSON) {
            throw new PayloadException(LoadProblem.UNSUPPORTED_TYPE, 0, ErrorReason.SAMPLE_FORMAT);
        }
        return open(body, format, false, false, SAMPLE_MAX_ROW_CHARS);
    }

    private static BodyReader open(InputStream body, PayloadFormat format, boolean strictUtf8, boolean windows1252,
            int maxRowChars) throws IOException {
        return switch (format) {
            case CSV -> {
                TextDecoder decoder = new TextDecoder(body, strictUtf8, windows1252);
                yield new BodyReader(decoder, new CsvRows(decoder, null, maxRowChars), null);
            }
            case JSON -> new BodyReader(new TextDecoder(body, true, false), null, null);
            case XLSX -> {
                // POI reads the zip's directory at its end: the sheet needs the whole
                // file
                Path temp = Files.createTempFile("satudata-body-", ".xlsx");
                try {
                    Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING);
                    yield new BodyReader(null, new XlsxRows(temp), temp);
                }
                catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(temp);
                    throw e;
                }
            }
        };
    }

    /** The rows as the file holds them, header included (CSV and XLSX only). */
    RawRows cells() {
        if (cells == null) {
            throw new IllegalStateException("a JSON body has no cells before its schema");
        }
        return cells;
    }

    /**
     * The rows as values in the order of the schema's fields (a tabular body's header is
     * read here).
     */
    SchemaRows rows(TableSchema schema) throws IOException {
        rows = cells == null ? new JsonRows(decoder, schema) : new TabularRows(cells, schema);
        return rows;
    }

    /** Notes in the report how the body was read: the encoding and the CSV delimiter. */
    void describe(LoadReport report) {
        if (cells instanceof CsvRows csv) {
            report.detected("utf-8", csv.delimiter() == '\t' ? "tab" : String.valueOf(csv.delimiter()));
        }
        if (decoder != null && decoder.sawWindows1252()) {
            report.detected("utf-8 with windows-1252 bytes", null);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // each reader closes what it reads from, down to the body
            if (rows != null) {
                rows.close();
            }
            else if (cells != null) {
                cells.close();
            }
            else if (decoder != null) {
                decoder.close();
            }
        }
        finally {
            if (spreadsheet != null) {
                Files.deleteIfExists(spreadsheet);
            }
        }
    }

}
