package id.satudata.portal.exchange;

import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A schedule on which the hub fetches a dataset's rows from an OPD web service.
 *
 * @param cron Spring cron expression (six fields: second minute hour day month weekday)
 * @param pendingAttempt the attempt number of a retry that is due, 0 when none
 */
public record PullConnector(long id, long datasetId, String url, PayloadFormat format, LoadMode mode, String cron,
        int timeoutSeconds, int maxRetries, int backoffSeconds, boolean enabled, @Nullable OffsetDateTime nextRunAt,
        int pendingAttempt, @Nullable String lastStatus, @Nullable OffsetDateTime lastRunAt) {
}
