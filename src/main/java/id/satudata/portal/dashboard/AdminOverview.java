package id.satudata.portal.dashboard;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.registry.OverdueStep;
import id.satudata.portal.registry.StatusCounts;
import id.satudata.portal.sop.IntegrationStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The administrator's view across all OPDs.
 *
 * @param perStep integrations standing at each step, per template code (step number to
 * count)
 * @param ranking OPDs with datasets, best first (validated datasets, then fresh share)
 * @param recentLoads the latest loads of any dataset
 * @param failures30Days loads rejected or failed in the last 30 days
 */
public record AdminOverview(StatusCounts statusCounts, Map<String, Map<Integer, Integer>> perStep,
        List<OverdueStep> overdue, List<OpdRank> ranking, List<RecentLoad> recentLoads, int failures30Days,
        OffsetDateTime builtAt) {

    /** One OPD's standing. */
    public record OpdRank(Opd opd, int datasets, int validatedDatasets, int fresh, int stale, long rows) {

        /** Share of datasets with an expectation that are fresh, 0 to 1. */
        public double freshShare() {
            return fresh + stale == 0 ? 1 : (double) fresh / (fresh + stale);
        }

    }

    /** A recent load. */
    public record RecentLoad(long loadId, long datasetId, String datasetTitle, Opd opd,
            id.satudata.portal.datastore.ingest.LoadStatus status, long rowsAccepted, long errorCount,
            OffsetDateTime startedAt) {
    }

    public int of(IntegrationStatus status) {
        return statusCounts.of(status);
    }

}
