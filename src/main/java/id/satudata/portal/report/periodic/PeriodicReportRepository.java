package id.satudata.portal.report.periodic;

import static id.satudata.portal.jooq.Tables.DATASET;
import static id.satudata.portal.jooq.Tables.DATASET_LOAD;
import static id.satudata.portal.jooq.Tables.INTEGRATION;
import static id.satudata.portal.jooq.Tables.INTEGRATION_EVENT;
import static id.satudata.portal.jooq.Tables.OPD;

import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.registry.EventKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads the registry's history and the datastore's load history for periodic reports
 * (read only, province-wide).
 */
@Repository
class PeriodicReportRepository {

    /** The state of an integration after an event. */
    record StateAt(String templateCode, @Nullable Integer step, String status) {
    }

    /**
     * A step-moving event (creation or completion) with what the report needs about its
     * integration.
     */
    record Move(long integrationId, String code, String opdShortName, String templateCode, String kind,
            @Nullable Integer fromStep, @Nullable Integer toStep, @Nullable String outcome, Instant at,
            @Nullable Instant dueAt, boolean late, @Nullable String note) {
    }

    private final DSLContext db;

    PeriodicReportRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Every integration requested before {@code end}, in the state of its last event
     * before it.
     */
    List<StateAt> statesAt(Instant end) {
        return db.select(INTEGRATION.TEMPLATE_CODE, INTEGRATION_EVENT.TO_STEP, INTEGRATION_EVENT.STATUS_AFTER)
            .distinctOn(INTEGRATION_EVENT.INTEGRATION_ID)
            .from(INTEGRATION_EVENT)
            .join(INTEGRATION)
            .on(INTEGRATION.ID.eq(INTEGRATION_EVENT.INTEGRATION_ID))
            .where(INTEGRATION_EVENT.OCCURRED_AT.lt(odt(end)))
            .orderBy(INTEGRATION_EVENT.INTEGRATION_ID, INTEGRATION_EVENT.ID.desc())
            .fetch(r -> new StateAt(r.value1(), r.value2(), r.value3()));
    }

    int requested(Instant start, Instant end) {
        return db.fetchCount(INTEGRATION,
                INTEGRATION.CREATED_AT.ge(odt(start)).and(INTEGRATION.CREATED_AT.lt(odt(end))));
    }

    int finished(Instant start, Instant end) {
        return db.fetchCount(INTEGRATION,
                INTEGRATION.COMPLETED_AT.ge(odt(start)).and(INTEGRATION.COMPLETED_AT.lt(odt(end))));
    }

    /**
     * The creations and completions before {@code end} of the integrations with a
     * completion within the period, in order per integration (so each completion finds
     * when its step started).
     */
    List<Move> movesOfIntegrationsActiveIn(Instant start, Instant end) {
        var active = DSL.select(INTEGRATION_EVENT.INTEGRATION_ID)
            .from(INTEGRATION_EVENT)
            .where(INTEGRATION_EVENT.KIND.eq(EventKind.STEP_COMPLETED.name()))
            .and(INTEGRATION_EVENT.OCCURRED_AT.ge(odt(start)))
            .and(INTEGRATION_EVENT.OCCURRED_AT.lt(odt(end)));
        return db
            .select(INTEGRATION_EVENT.INTEGRATION_ID, INTEGRATION.CODE, OPD.SHORT_NAME, INTEGRATION.TEMPLATE_CODE,
                    INTEGRATION_EVENT.KIND, INTEGRATION_EVENT.FROM_STEP, INTEGRATION_EVENT.TO_STEP,
                    INTEGRATION_EVENT.OUTCOME, INTEGRATION_EVENT.OCCURRED_AT, INTEGRATION_EVENT.STEP_DUE_AT,
                    INTEGRATION_EVENT.LATE, INTEGRATION_EVENT.NOTE)
            .from(INTEGRATION_EVENT)
            .join(INTEGRATION)
            .on(INTEGRATION.ID.eq(INTEGRATION_EVENT.INTEGRATION_ID))
            .join(OPD)
            .on(OPD.ID.eq(INTEGRATION.OPD_ID))
            .where(INTEGRATION_EVENT.KIND.ne(EventKind.NOTE.name()))
            .and(INTEGRATION_EVENT.OCCURRED_AT.lt(odt(end)))
            .and(INTEGRATION_EVENT.INTEGRATION_ID.in(active))
            .orderBy(INTEGRATION_EVENT.INTEGRATION_ID, INTEGRATION_EVENT.ID)
            .fetch(r -> new Move(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                    r.value8(), r.value9().toInstant(), r.value10() == null ? null : r.value10().toInstant(),
                    r.value11(), r.value12()));
    }

    /** Loads started within the period, per OPD, by outcome. */
    List<PeriodicFacts.OpdLoads> loadsPerOpd(Instant start, Instant end) {
        Field<Integer> loads = DSL.count();
        return db
            .select(OPD.SHORT_NAME, OPD.NAME, loads, countOf(LoadStatus.ACCEPTED), countOf(LoadStatus.REJECTED),
                    countOf(LoadStatus.FAILED),
                    DSL.coalesce(
                            DSL.sum(DATASET_LOAD.ROWS_ACCEPTED)
                                .filterWhere(DATASET_LOAD.STATUS.eq(LoadStatus.ACCEPTED.name())),
                            DSL.inline(0).cast(java.math.BigDecimal.class)))
            .from(DATASET_LOAD)
            .join(DATASET)
            .on(DATASET.ID.eq(DATASET_LOAD.DATASET_ID))
            .join(OPD)
            .on(OPD.ID.eq(DATASET.OPD_ID))
            .where(DATASET_LOAD.STARTED_AT.ge(odt(start)))
            .and(DATASET_LOAD.STARTED_AT.lt(odt(end)))
            .groupBy(OPD.ID, OPD.SHORT_NAME, OPD.NAME)
            .orderBy(loads.desc(), OPD.SHORT_NAME)
            .fetch(r -> new PeriodicFacts.OpdLoads(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                    r.value6(), r.value7().longValue()));
    }

    private static Field<Integer> countOf(LoadStatus status) {
        return DSL.count().filterWhere(DATASET_LOAD.STATUS.eq(status.name()));
    }

    private static OffsetDateTime odt(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
