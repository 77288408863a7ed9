package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.ingest.LoadStatus;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's loads at a glance: the last one's status and time, how many there were and
 * how many were rejected or failed.
 */
public record LoadSummary(long datasetId, @Nullable LoadStatus lastStatus, @Nullable OffsetDateTime lastStartedAt,
        long loads, long rejected) {

    public static LoadSummary none(long datasetId) {
        return new LoadSummary(datasetId, null, null, 0, 0);
    }

}
