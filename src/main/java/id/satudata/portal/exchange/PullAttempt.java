package id.satudata.portal.exchange;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One try of a connector: SUCCESS (load accepted), REJECTED (fetched, but the rows broke
 * the schema), FAILED (HTTP error, timeout, unreachable).
 */
public record PullAttempt(long id, long connectorId, int attempt, @Nullable Long loadId, String status,
        @Nullable Integer httpStatus, @Nullable String error, OffsetDateTime startedAt, long durationMs) {
}
