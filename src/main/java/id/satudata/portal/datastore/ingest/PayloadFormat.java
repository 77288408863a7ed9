package id.satudata.portal.datastore.ingest;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The formats a load accepts. */
public enum PayloadFormat {

    CSV, JSON, XLSX;

    /** The format of a media type ("text/csv; charset=utf-8"), if it is one we take. */
    public static Optional<PayloadFormat> ofContentType(@Nullable String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv", "text/plain", "text/tab-separated-values" -> Optional.of(CSV);
            case "application/json" -> Optional.of(JSON);
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }

    /** The format of a file name's extension. */
    public static Optional<PayloadFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return lower.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
    }

}
