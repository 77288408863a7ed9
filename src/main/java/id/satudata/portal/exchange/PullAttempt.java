package id.satudata.portal.exchange;

import id.satudata.portal.datastore.ingest.ErrorReason;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One try of a connector: SUCCESS (load accepted), REJECTED (fetched, but the rows broke
 * the schema), FAILED (HTTP error, timeout, unreachable). Why it failed is {@code reason}
 * (absent for attempts recorded before reasons had codes: then {@code error} holds the
 * text as it was written).
 */
public record PullAttempt(long id, long connectorId, int attempt, @Nullable Long loadId, String status,
        @Nullable Integer httpStatus, @Nullable String error, @Nullable Reason reason, OffsetDateTime startedAt,
        long durationMs) {

    /**
     * A failure's code and parameters; for refused rows also the first row error's code
     * and parameters.
     */
    public record Reason(PullFailure code, List<String> params, @Nullable ErrorReason firstError,
            List<String> firstErrorParams) {

        public Reason {
            params = List.copyOf(params);
            firstErrorParams = List.copyOf(firstErrorParams);
        }

        public static Reason of(PullFailure code, Object... params) {
            return new Reason(code, java.util.Arrays.stream(params).map(String::valueOf).toList(), null, List.of());
        }

        /** The English text (log lines, the attempt's {@code error} column). */
        public String english() {
            return code.english(params);
        }

    }

}
