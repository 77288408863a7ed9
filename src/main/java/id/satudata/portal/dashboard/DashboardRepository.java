package id.satudata.portal.dashboard;

import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_LOAD;
import static id.satudata.portal.jooq.Tables.VALIDATED_SCHEMA;

import id.satudata.portal.datastore.ingest.LoadStatus;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's own reads over many datasets at once (loads per dataset, recent loads)
 * and the schema versions integrations were validated with.
 */
@Repository
class DashboardRepository {

    private static final List<String> BAD = List.of(LoadStatus.REJECTED.name(), LoadStatus.FAILED.name());

    private final DSLContext db;

    DashboardRepository(DSLContext db) {
        this.db = db;
    }

    /** Last load and counts per dataset, two index-backed queries. */
    Map<Long, LoadSummary> loadSummaries(Collection<Long> datasetIds) {
        Map<Long, LoadSummary> result = new HashMap<>();
        if (datasetIds.isEmpty()) {
            return result;
        }
        Map<Long, long[]> counts = new HashMap<>();
        db.select(DATASET_LOAD.DATASET_ID, DSL.count(), DSL.count().filterWhere(DATASET_LOAD.STATUS.in(BAD)))
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.DATASET_ID.in(datasetIds))
            .groupBy(DATASET_LOAD.DATASET_ID)
            .forEach(r -> counts.put(r.value1(), new long[] { r.value2(), r.value3() }));
        db.selectDistinct(DATASET_LOAD.DATASET_ID, DATASET_LOAD.STATUS, DATASET_LOAD.STARTED_AT)
            .on(DATASET_LOAD.DATASET_ID)
            .from(DATASET_LOAD)
            .where(DATASET_LOAD.DATASET_ID.in(datasetIds))
            .orderBy(DATASET_LOAD.DATASET_ID, DATASET_LOAD.ID.desc())
            .forEach(r -> {
                long[] c = counts.getOrDefault(r.value1(), new long[2]);
                result.put(r.value1(),
                        new LoadSummary(r.value1(), LoadStatus.valueOf(r.value2()), r.value3(), c[0], c[1]));
            });
        return result;
    }

    /** A recent load of any dataset, for the administrator's overview. */
    record RecentLoad(long loadId, long datasetId, String datasetTitle, long opdId, LoadStatus status,
            long rowsAccepted, long errorCount, OffsetDateTime startedAt) {
    }

    List<RecentLoad> recentLoads(int limit) {
        return db
            .select(DATASET_LOAD.ID, DATASET_LOAD.DATASET_ID, DATASET.TITLE, DATASET.OPD_ID, DATASET_LOAD.STATUS,
                    DATASET_LOAD.ROWS_ACCEPTED, DATASET_LOAD.ERROR_COUNT, DATASET_LOAD.STARTED_AT)
            .from(DATASET_LOAD)
            .join(DATASET)
            .on(DATASET.ID.eq(DATASET_LOAD.DATASET_ID))
            .orderBy(DATASET_LOAD.ID.desc())
            .limit(limit)
            .fetch(r -> new RecentLoad(r.value1(), r.value2(), r.value3(), r.value4(), LoadStatus.valueOf(r.value5()),
                    r.value6(), r.value7(), r.value8()));
    }

    /** Loads that were rejected or failed since a time. */
    int failuresSince(OffsetDateTime since) {
        return db.fetchCount(DATASET_LOAD, DATASET_LOAD.STATUS.in(BAD).and(DATASET_LOAD.STARTED_AT.ge(since)));
    }

    /** Schema version per dataset that each integration was validated with. */
    Map<Long, Map<Long, Integer>> validatedSchemas(Collection<Long> integrationIds) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        if (integrationIds.isEmpty()) {
            return result;
        }
        db.selectFrom(VALIDATED_SCHEMA)
            .where(VALIDATED_SCHEMA.INTEGRATION_ID.in(integrationIds))
            .forEach(r -> result.computeIfAbsent(r.getIntegrationId(), k -> new HashMap<>())
                .put(r.getDatasetId(), r.getSchemaVersion()));
        return result;
    }

    /** Records the schema version a dataset had when its integration was validated. */
    void recordValidatedSchema(long integrationId, long datasetId, int schemaVersion, OffsetDateTime at) {
        db.insertInto(VALIDATED_SCHEMA)
            .set(VALIDATED_SCHEMA.INTEGRATION_ID, integrationId)
            .set(VALIDATED_SCHEMA.DATASET_ID, datasetId)
            .set(VALIDATED_SCHEMA.SCHEMA_VERSION, schemaVersion)
            .set(VALIDATED_SCHEMA.RECORDED_AT, at)
            .onConflict(VALIDATED_SCHEMA.INTEGRATION_ID, VALIDATED_SCHEMA.DATASET_ID)
            .doUpdate()
            .set(VALIDATED_SCHEMA.SCHEMA_VERSION, schemaVersion)
            .set(VALIDATED_SCHEMA.RECORDED_AT, at)
            .execute();
    }

}
