package id.satudata.portal.datastore.ingest;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One entry of a dataset's load history. */
public record LoadRecord(long id, long datasetId, LoadSource source, String actor, LoadMode mode, PayloadFormat format,
        @Nullable String fileName, LoadStatus status, long rowsIn, long rowsAccepted, long errorCount,
        long payloadBytes, boolean hasPayload, OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt,
        @Nullable Long durationMs) {
}
