package id.satudata.portal.datastore.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One load to run.
 *
 * @param charset the charset the sender declared (null: detect; "utf-8": strict;
 * "windows-1252")
 * @param fileName the uploaded file's name, if any
 * @param connectorId the pull connector that fetched it, if any
 */
public record LoadRequest(long datasetId, LoadMode mode, PayloadFormat format, @Nullable String charset,
        @Nullable String fileName, @Nullable Long connectorId) {

    public static LoadRequest of(long datasetId, LoadMode mode, PayloadFormat format) {
        return new LoadRequest(datasetId, mode, format, null, null, null);
    }

    public LoadRequest withFileName(@Nullable String name) {
        return new LoadRequest(datasetId, mode, format, charset, name, connectorId);
    }

    public LoadRequest withCharset(@Nullable String declared) {
        return new LoadRequest(datasetId, mode, format, declared, fileName, connectorId);
    }

    public LoadRequest withConnector(long connector) {
        return new LoadRequest(datasetId, mode, format, charset, fileName, connector);
    }

    boolean strictUtf8() {
        return format == PayloadFormat.JSON
                || (charset != null && charset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8"));
    }

    boolean declaredWindows1252() {
        return charset != null && charset.toLowerCase(Locale.ROOT).replace("-", "").matches("windows1252|cp1252");
    }

}
