package id.satudata.portal.datastore.ingest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a load did: its id and status, counts, and for a rejected load the kind of problem
 * (which gives the HTTP status) with the first errors; how many cells held a
 * missing-value marker and how many values had invisible characters removed (and where
 * the first was).
 */
public record LoadResult(long loadId, LoadStatus status, long rowsIn, long rowsAccepted, long rowCount, long errorCount,
        @Nullable LoadProblem problem, List<LoadReport.Error> errors, Map<LoadProblem, Long> errorsByKind,
        long durationMs, long valuesReadAsMissing, long valuesCleaned, LoadReport.@Nullable Position firstCleaned) {

    public boolean accepted() {
        return status == LoadStatus.ACCEPTED;
    }

    /** 200 for an accepted load, else the status of its problem. */
    public int httpStatus() {
        return accepted() ? 200 : problem == null ? 500 : problem.httpStatus();
    }

}
