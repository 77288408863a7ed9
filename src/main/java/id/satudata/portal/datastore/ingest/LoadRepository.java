package id.satudata.portal.datastore.ingest;

import static id.satudata.portal.jooq.Tables.DATASET_LOAD;

import id.satudata.portal.jooq.tables.records.DatasetLoadRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Load records. */
@Repository
class LoadRepository {

    private final DSLContext db;

    LoadRepository(DSLContext db) {
        this.db = db;
    }

    long start(LoadRequest request, LoadSource source, String actor, @Nullable Long userId, @Nullable Long apiKeyId,
            OffsetDateTime now) {
        return db.insertInto(DATASET_LOAD)
            .set(DATASET_LOAD.DATASET_ID, request.datasetId())
            .set(DATASET_LOAD.SOURCE, source.name())
            .set(DATASET_LOAD.ACTOR, actor)
            .set(DATASET_LOAD.USER_ID, userId)
            .set(DATASET_LOAD.API_KEY_ID, apiKeyId)
            .set(DATASET_LOAD.CONNECTOR_ID, request.connectorId())
            .set(DATASET_LOAD.MODE, request.mode().name())
            .set(DATASET_LOAD.FORMAT, request.format().name())
            .set(DATASET_LOAD.FILE_NAME, request.fileName())
            .set(DATASET_LOAD.STATUS, LoadStatus.RUNNING.name())
            .set(DATASET_LOAD.STARTED_AT, now)
            .returning(DATASET_LOAD.ID)
            .fetchSingle()
            .getId();
    }

    void finish(long id, LoadStatus status, long rowsIn, long rowsAccepted, LoadReport report, long bytes,
            @Nullable String payloadPath, OffsetDateTime now, long durationMs) {
        db.update(DATASET_LOAD)
            .set(DATASET_LOAD.STATUS, status.name())
            .set(DATASET_LOAD.ROWS_IN, rowsIn)
            .set(DATASET_LOAD.ROWS_ACCEPTED, rowsAccepted)
            .set(DATASET_LOAD.ERROR_COUNT, report.errorCount())
            .set(DATASET_LOAD.PAYLOAD_BYTES, bytes)
            .set(DATASET_LOAD.PAYLOAD_PATH, payloadPath)
            .set(DATASET_LOAD.REPORT, JSONB.valueOf(report.toJson().toString()))
            .set(DATASET_LOAD.FINISHED_AT, now)
            .set(DATASET_LOAD.DURATION_MS, durationMs)
            .where(DATASET_LOAD.ID.eq(id))
            .execute();
    }

    Optional<LoadRecord> find(long id) {
        return db.selectFrom(DATASET_LOAD).where(DATASET_LOAD.ID.eq(id)).fetchOptional(LoadRepository::toRecord);
    }

    Optional<String> report(long id) {
        return db.select(DATASET_LOAD.REPORT)
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.ID.eq(id))
            .fetchOptional(r -> r.value1() == null ? null : r.value1().data());
    }

    Optional<String> payloadPath(long id) {
        return db.select(DATASET_LOAD.PAYLOAD_PATH)
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.ID.eq(id))
            .fetchOptional(r -> r.value1());
    }

    List<LoadRecord> history(long datasetId, int limit) {
        return db.selectFrom(DATASET_LOAD)
            .where(DATASET_LOAD.DATASET_ID.eq(datasetId))
            .orderBy(DATASET_LOAD.ID.desc())
            .limit(limit)
            .fetch(LoadRepository::toRecord);
    }

    /**
     * An accepted load read with a given schema version: how it loaded and its payload.
     */
    record VersionLoad(long id, LoadMode mode, PayloadFormat format, @Nullable String payloadPath) {
    }

    /** The accepted loads read with the schema version, in the order they ran. */
    List<VersionLoad> acceptedUnder(long datasetId, int schemaVersion) {
        return db.select(DATASET_LOAD.ID, DATASET_LOAD.MODE, DATASET_LOAD.FORMAT, DATASET_LOAD.PAYLOAD_PATH)
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.DATASET_ID.eq(datasetId))
            .and(DATASET_LOAD.SCHEMA_VERSION.eq(schemaVersion))
            .and(DATASET_LOAD.STATUS.eq(LoadStatus.ACCEPTED.name()))
            .orderBy(DATASET_LOAD.ID)
            .fetch(r -> new VersionLoad(r.value1(), LoadMode.valueOf(r.value2()), PayloadFormat.valueOf(r.value3()),
                    r.value4()));
    }

    /** Whether an accepted load ran before this one (under an earlier schema). */
    boolean acceptedBefore(long datasetId, long loadId) {
        return db.fetchExists(DATASET_LOAD,
                DATASET_LOAD.DATASET_ID.eq(datasetId)
                    .and(DATASET_LOAD.ID.lt(loadId))
                    .and(DATASET_LOAD.STATUS.eq(LoadStatus.ACCEPTED.name())));
    }

    List<Long> running() {
        return db.select(DATASET_LOAD.ID)
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.STATUS.eq(LoadStatus.RUNNING.name()))
            .fetch(DATASET_LOAD.ID);
    }

    /** Marks a load that was running when the process died as FAILED. */
    int markInterrupted(long id, OffsetDateTime now) {
        return db.update(DATASET_LOAD)
            .set(DATASET_LOAD.STATUS, LoadStatus.FAILED.name())
            .set(DATASET_LOAD.FINISHED_AT, now)
            .set(DATASET_LOAD.REPORT, JSONB.valueOf("{\"errorCount\":0,\"errors\":[],\"interrupted\":true}"))
            .where(DATASET_LOAD.ID.eq(id))
            .and(DATASET_LOAD.STATUS.eq(LoadStatus.RUNNING.name()))
            .execute();
    }

    private static LoadRecord toRecord(DatasetLoadRecord r) {
        return new LoadRecord(r.getId(), r.getDatasetId(), LoadSource.valueOf(r.getSource()), r.getActor(),
                LoadMode.valueOf(r.getMode()), PayloadFormat.valueOf(r.getFormat()), r.getFileName(),
                LoadStatus.valueOf(r.getStatus()), r.getRowsIn(), r.getRowsAccepted(), r.getErrorCount(),
                r.getPayloadBytes(), r.getPayloadPath() != null, r.getStartedAt(), r.getFinishedAt(),
                r.getDurationMs());
    }

}
