package id.satudata.portal.exchange;

import static id.satudata.portal.jooq.Tables.PULL_ATTEMPT;
import static id.satudata.portal.jooq.Tables.PULL_CONNECTOR;

import id.satudata.portal.datastore.ingest.ErrorReason;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.jooq.tables.records.PullAttemptRecord;
import id.satudata.portal.jooq.tables.records.PullConnectorRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Pull connectors and their attempts. */
@Repository
class PullConnectorRepository {

    private final DSLContext db;

    PullConnectorRepository(DSLContext db) {
        this.db = db;
    }

    PullConnector insert(long datasetId, ConnectorDraft draft, OffsetDateTime nextRun, String createdBy) {
        return toConnector(db.insertInto(PULL_CONNECTOR)
            .set(PULL_CONNECTOR.DATASET_ID, datasetId)
            .set(PULL_CONNECTOR.URL, draft.url())
            .set(PULL_CONNECTOR.FORMAT, draft.format().name())
            .set(PULL_CONNECTOR.MODE, draft.mode().name())
            .set(PULL_CONNECTOR.CRON, draft.cron())
            .set(PULL_CONNECTOR.TIMEOUT_SECONDS, draft.timeoutSeconds())
            .set(PULL_CONNECTOR.MAX_RETRIES, draft.maxRetries())
            .set(PULL_CONNECTOR.BACKOFF_SECONDS, draft.backoffSeconds())
            .set(PULL_CONNECTOR.NEXT_RUN_AT, nextRun)
            .set(PULL_CONNECTOR.CREATED_BY, createdBy)
            .returning()
            .fetchSingle());
    }

    Optional<PullConnector> find(long id) {
        return db.selectFrom(PULL_CONNECTOR)
            .where(PULL_CONNECTOR.ID.eq(id))
            .fetchOptional(PullConnectorRepository::toConnector);
    }

    List<PullConnector> forDataset(long datasetId) {
        return db.selectFrom(PULL_CONNECTOR)
            .where(PULL_CONNECTOR.DATASET_ID.eq(datasetId))
            .orderBy(PULL_CONNECTOR.ID)
            .fetch(PullConnectorRepository::toConnector);
    }

    /**
     * Claims due connectors for this instance: locks them (skipping those another
     * instance holds) and moves their next run on in the same transaction.
     */
    List<PullConnector> lockDue(OffsetDateTime now, int limit) {
        return db.selectFrom(PULL_CONNECTOR)
            .where(PULL_CONNECTOR.ENABLED.isTrue())
            .and(PULL_CONNECTOR.NEXT_RUN_AT.le(now))
            .orderBy(PULL_CONNECTOR.NEXT_RUN_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked()
            .fetch(PullConnectorRepository::toConnector);
    }

    void schedule(long id, @Nullable OffsetDateTime nextRun, int pendingAttempt) {
        db.update(PULL_CONNECTOR)
            .set(PULL_CONNECTOR.NEXT_RUN_AT, nextRun)
            .set(PULL_CONNECTOR.PENDING_ATTEMPT, pendingAttempt)
            .where(PULL_CONNECTOR.ID.eq(id))
            .execute();
    }

    void finished(long id, String status, OffsetDateTime at) {
        db.update(PULL_CONNECTOR)
            .set(PULL_CONNECTOR.LAST_STATUS, status)
            .set(PULL_CONNECTOR.LAST_RUN_AT, at)
            .where(PULL_CONNECTOR.ID.eq(id))
            .execute();
    }

    void setEnabled(long id, boolean enabled, @Nullable OffsetDateTime nextRun) {
        db.update(PULL_CONNECTOR)
            .set(PULL_CONNECTOR.ENABLED, enabled)
            .set(PULL_CONNECTOR.NEXT_RUN_AT, nextRun)
            .set(PULL_CONNECTOR.PENDING_ATTEMPT, 0)
            .where(PULL_CONNECTOR.ID.eq(id))
            .execute();
    }

    void recordAttempt(long connectorId, int attempt, @Nullable Long loadId, String status,
            @Nullable Integer httpStatus, PullAttempt.@Nullable Reason reason, OffsetDateTime startedAt,
            long durationMs) {
        String error = reason == null ? null : reason.english();
        db.insertInto(PULL_ATTEMPT)
            .set(PULL_ATTEMPT.CONNECTOR_ID, connectorId)
            .set(PULL_ATTEMPT.ATTEMPT, attempt)
            .set(PULL_ATTEMPT.LOAD_ID, loadId)
            .set(PULL_ATTEMPT.STATUS, status)
            .set(PULL_ATTEMPT.HTTP_STATUS, httpStatus)
            .set(PULL_ATTEMPT.ERROR, error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
            .set(PULL_ATTEMPT.REASON_CODE, reason == null ? null : reason.code().name())
            .set(PULL_ATTEMPT.REASON_PARAMS, reason == null ? new String[0] : reason.params().toArray(String[]::new))
            .set(PULL_ATTEMPT.FIRST_ERROR_CODE,
                    reason == null || reason.firstError() == null ? null : reason.firstError().name())
            .set(PULL_ATTEMPT.FIRST_ERROR_PARAMS,
                    reason == null ? new String[0] : reason.firstErrorParams().toArray(String[]::new))
            .set(PULL_ATTEMPT.STARTED_AT, startedAt)
            .set(PULL_ATTEMPT.DURATION_MS, durationMs)
            .execute();
    }

    List<PullAttempt> attempts(long connectorId, int limit) {
        return db.selectFrom(PULL_ATTEMPT)
            .where(PULL_ATTEMPT.CONNECTOR_ID.eq(connectorId))
            .orderBy(PULL_ATTEMPT.ID.desc())
            .limit(limit)
            .fetch(r -> new PullAttempt(r.getId(), r.getConnectorId(), r.getAttempt(), r.getLoadId(), r.getStatus(),
                    r.getHttpStatus(), r.getError(), reason(r), r.getStartedAt(), r.getDurationMs()));
    }

    /** The stored reason; none for attempts written before reasons had codes. */
    private static PullAttempt.@Nullable Reason reason(PullAttemptRecord r) {
        if (r.getReasonCode() == null) {
            return null;
        }
        return new PullAttempt.Reason(PullFailure.valueOf(r.getReasonCode()), List.of(r.getReasonParams()),
                r.getFirstErrorCode() == null ? null : ErrorReason.valueOf(r.getFirstErrorCode()),
                List.of(r.getFirstErrorParams()));
    }

    private static PullConnector toConnector(PullConnectorRecord r) {
        return new PullConnector(r.getId(), r.getDatasetId(), r.getUrl(), PayloadFormat.valueOf(r.getFormat()),
                LoadMode.valueOf(r.getMode()), r.getCron(), r.getTimeoutSeconds(), r.getMaxRetries(),
                r.getBackoffSeconds(), r.getEnabled(), r.getNextRunAt(), r.getPendingAttempt(), r.getLastStatus(),
                r.getLastRunAt());
    }

}
