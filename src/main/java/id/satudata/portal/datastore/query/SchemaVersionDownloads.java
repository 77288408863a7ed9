package id.satudata.portal.datastore.query;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.datastore.ingest.VersionReplay;
import id.satudata.portal.datastore.schema.SchemaVersion;
import id.satudata.portal.datastore.schema.TableSchema;
import id.satudata.portal.security.CurrentCaller;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dataset's schema versions (who, when, the change) and the download of its data as it
 * was under one of them, reproduced from the kept payloads ({@link VersionReplay}). Who
 * may read: a released (public) dataset anyone; otherwise staff and the dataset's own
 * OPD.
 */
@Service
public class SchemaVersionDownloads {

    private final DatasetService datasets;

    private final VersionReplay replay;

    private final CurrentCaller caller;

    SchemaVersionDownloads(DatasetService datasets, VersionReplay replay, CurrentCaller caller) {
        this.datasets = datasets;
        this.replay = replay;
        this.caller = caller;
    }

    /** One version with what of it can be reproduced. */
    public record Entry(SchemaVersion version, VersionReplay.Summary data) {
    }

    /** The versions, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> history(long datasetId) {
        return datasets.schemaVersions(datasetId)
            .stream()
            .map(v -> new Entry(v, replay.summary(datasetId, v.version())))
            .toList();
    }

    /**
     * Writes the rows loaded under the version as CSV (RFC 4180, UTF-8, the version's
     * column names) and returns how many; refused when the version had no loads or a
     * payload is not kept.
     */
    @Transactional(readOnly = true)
    public long writeCsv(long datasetId, int version, OutputStream out) throws IOException {
        readable(datasetId);
        SchemaVersion kept = datasets.schemaVersions(datasetId)
            .stream()
            .filter(v -> v.version() == version)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("schema version", version));
        if (!replay.summary(datasetId, version).reproducible()) {
            throw new ValidationException("version", "datastore.versions.notReproducible", version);
        }
        return csv(replay.rows(datasetId, version, kept.schema()), kept.schema(), out);
    }

    /** Whether the caller may download the versions' data. */
    @Transactional(readOnly = true)
    public boolean mayDownload(long datasetId) {
        Dataset dataset = datasets.get(datasetId);
        return dataset.visibility() == Visibility.PUBLIC || caller.get().canSeeOpd(dataset.opdId());
    }

    private void readable(long datasetId) {
        if (!mayDownload(datasetId)) {
            throw new NotFoundException("dataset", datasetId);
        }
    }

    private static long csv(List<@Nullable Object[]> rows, TableSchema schema, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(String.join(",", schema.fields().stream().map(f -> f.name()).toList()));
        w.write("\r\n");
        for (@Nullable
        Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                if (row[i] instanceof String text) {
                    w.write(ExportWriter.quote(ExportWriter.neutralise(text)));
                }
                else if (row[i] != null) {
                    w.write(ExportWriter.quote(row[i].toString()));
                }
            }
            w.write("\r\n");
        }
        w.flush();
        return rows.size();
    }

}
