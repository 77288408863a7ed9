package id.satudata.portal.datastore.ingest;

import id.satudata.portal.datastore.schema.SchemaJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation report of a load: the first {@link #MAX_ERRORS} errors with row, column
 * and reason, and how many errors of each kind there were in all.
 */
public final class LoadReport implements SchemaRows.Problems {

    public static final int MAX_ERRORS = 100;

    /**
     * One error: the row as the sender counts it (file row, array element), the English
     * reason the API has always written, and the code and parameters of that reason
     * (absent in reports stored before reasons had codes).
     */
    public record Error(long row, @Nullable String column, LoadProblem kind, String reason, @Nullable ErrorReason code,
            List<String> params) {

        Error(long row, @Nullable String column, LoadProblem kind, ErrorReason code, List<String> params) {
            this(row, column, kind, code.english(params), code, List.copyOf(params));
        }

    }

    private final List<Error> errors = new ArrayList<>();

    private final Map<LoadProblem, Long> counts = new EnumMap<>(LoadProblem.class);

    private long total;

    private long skippedRows;

    private long readAsMissing;

    private long cleaned;

    private @Nullable Position firstCleaned;

    /** Where a value was first found (the row as the sender counts it, the column). */
    public record Position(long row, String column) {
    }

    private @Nullable String detectedEncoding;

    private @Nullable String detectedDelimiter;

    @Override
    public void add(long row, @Nullable String column, LoadProblem kind, ErrorReason reason, String... params) {
        total++;
        counts.merge(kind, 1L, Long::sum);
        if (errors.size() < MAX_ERRORS) {
            errors.add(new Error(row, column, kind, reason, List.of(params)));
        }
    }

    public long errorCount() {
        return total;
    }

    public List<Error> errors() {
        return List.copyOf(errors);
    }

    public Map<LoadProblem, Long> counts() {
        return Map.copyOf(counts);
    }

    /** The kind of problem to answer with: the first error's. */
    public @Nullable LoadProblem mainProblem() {
        return errors.isEmpty() ? null : errors.get(0).kind();
    }

    void skipped(long rows) {
        this.skippedRows = rows;
    }

    void detected(String encoding, @Nullable String delimiter) {
        this.detectedEncoding = encoding;
        if (delimiter != null) {
            this.detectedDelimiter = delimiter;
        }
    }

    public long skippedRows() {
        return skippedRows;
    }

    /** A cell held one of the schema's missing-value markers (other than empty). */
    void readAsMissing() {
        readAsMissing++;
    }

    /** A value had invisible characters removed. */
    void cleaned(long row, String column) {
        if (cleaned++ == 0) {
            firstCleaned = new Position(row, column);
        }
    }

    /** How many cells held a missing-value marker such as "-", "---" or "..". */
    public long valuesReadAsMissing() {
        return readAsMissing;
    }

    /** How many values had invisible characters (BOM, zero-width space ...) removed. */
    public long valuesCleaned() {
        return cleaned;
    }

    public @Nullable Position firstCleaned() {
        return firstCleaned;
    }

    ObjectNode toJson() {
        ObjectNode root = SchemaJson.JSON.createObjectNode();
        root.put("errorCount", total);
        ObjectNode byKind = root.putObject("errorsByKind");
        counts.forEach((kind, n) -> byKind.put(kind.name(), n));
        root.put("skippedRows", skippedRows);
        root.put("valuesReadAsMissing", readAsMissing);
        root.put("valuesCleaned", cleaned);
        if (firstCleaned != null) {
            root.putObject("firstCleaned").put("row", firstCleaned.row()).put("column", firstCleaned.column());
        }
        if (detectedEncoding != null) {
            root.put("encoding", detectedEncoding);
        }
        if (detectedDelimiter != null) {
            root.put("delimiter", detectedDelimiter);
        }
        ArrayNode list = root.putArray("errors");
        for (Error e : errors) {
            ObjectNode item = list.addObject();
            item.put("row", e.row());
            if (e.column() != null) {
                item.put("column", e.column());
            }
            item.put("kind", e.kind().name());
            item.put("reason", e.reason());
            if (e.code() != null) {
                item.put("code", e.code().name());
                ArrayNode params = item.putArray("params");
                e.params().forEach(params::add);
            }
        }
        return root;
    }

    /** Reads a stored report back (load history). */
    static LoadReport fromJson(@Nullable String json) {
        LoadReport report = new LoadReport();
        if (json == null) {
            return report;
        }
        var root = SchemaJson.JSON.readTree(json);
        for (var e : root.path("errors")) {
            List<String> params = new ArrayList<>();
            e.path("params").forEach(p -> params.add(p.asString()));
            report.errors.add(new Error(e.path("row").asLong(),
                    e.path("column").isMissingNode() ? null : e.path("column").asString(),
                    LoadProblem.valueOf(e.path("kind").asString()), e.path("reason").asString(),
                    e.path("code").isMissingNode() ? null : ErrorReason.valueOf(e.path("code").asString()),
                    List.copyOf(params)));
        }
        root.path("errorsByKind")
            .properties()
            .forEach(p -> report.counts.put(LoadProblem.valueOf(p.getKey()), p.getValue().asLong()));
        report.total = root.path("errorCount").asLong();
        report.skippedRows = root.path("skippedRows").asLong();
        report.readAsMissing = root.path("valuesReadAsMissing").asLong();
        report.cleaned = root.path("valuesCleaned").asLong();
        if (root.path("firstCleaned").isObject()) {
            report.firstCleaned = new Position(root.path("firstCleaned").path("row").asLong(),
                    root.path("firstCleaned").path("column").asString());
        }
        return report;
    }

}
