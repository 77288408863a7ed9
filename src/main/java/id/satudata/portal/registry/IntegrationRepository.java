package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION;
import static id.satudata.portal.jooq.Tables.INTEGRATION_CODE_COUNTER;
import static id.satudata.portal.jooq.Tables.OPD;
import static id.satudata.portal.jooq.Tables.SOP_TRANSITION;
import static id.satudata.portal.registry.Times.instantOrNull;
import static id.satudata.portal.registry.Times.odt;
import static id.satudata.portal.registry.Times.odtOrNull;

import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Integration rows with their OPD's name; filtering, sorting and paging happen in SQL.
 */
@Repository
class IntegrationRepository {

    private final DSLContext db;

    IntegrationRepository(DSLContext db) {
        this.db = db;
    }

    /** The next number of a year's codes; safe under concurrent requests. */
    int nextNumber(int year) {
        return db.insertInto(INTEGRATION_CODE_COUNTER)
            .set(INTEGRATION_CODE_COUNTER.YEAR, year)
            .set(INTEGRATION_CODE_COUNTER.LAST_NO, 1)
            .onConflict(INTEGRATION_CODE_COUNTER.YEAR)
            .doUpdate()
            .set(INTEGRATION_CODE_COUNTER.LAST_NO, INTEGRATION_CODE_COUNTER.LAST_NO.plus(1))
            .returning(INTEGRATION_CODE_COUNTER.LAST_NO)
            .fetchSingle(INTEGRATION_CODE_COUNTER.LAST_NO);
    }

    long insert(String code, NewIntegration request, Instant createdAt, @Nullable Long createdBy,
            IntegrationState state) {
        return db.insertInto(INTEGRATION)
            .set(INTEGRATION.CODE, code)
            .set(INTEGRATION.TITLE, request.title())
            .set(INTEGRATION.OPD_ID, request.opdId())
            .set(INTEGRATION.APPLICATION_NAME, request.applicationName())
            .set(INTEGRATION.DATA_DESCRIPTION, request.dataDescription())
            .set(INTEGRATION.TEMPLATE_CODE, request.templateCode())
            .set(INTEGRATION.CURRENT_STEP, state.currentStep())
            .set(INTEGRATION.STATUS, state.status().name())
            .set(INTEGRATION.CREATED_AT, odt(createdAt))
            .set(INTEGRATION.CREATED_BY, createdBy)
            .set(INTEGRATION.CURRENT_STEP_STARTED_AT, odtOrNull(state.currentStepStartedAt()))
            .set(INTEGRATION.CURRENT_STEP_DUE_AT, odtOrNull(state.currentStepDueAt()))
            .set(INTEGRATION.VERSION, 0)
            .returning(INTEGRATION.ID)
            .fetchSingle(INTEGRATION.ID);
    }

    /**
     * Writes the new state if the row still has the expected version; returns whether it
     * did.
     */
    boolean update(long id, int expectedVersion, IntegrationState state) {
        return db.update(INTEGRATION)
            .set(INTEGRATION.CURRENT_STEP, state.currentStep())
            .set(INTEGRATION.STATUS, state.status().name())
            .set(INTEGRATION.CURRENT_STEP_STARTED_AT, odtOrNull(state.currentStepStartedAt()))
            .set(INTEGRATION.CURRENT_STEP_DUE_AT, odtOrNull(state.currentStepDueAt()))
            .set(INTEGRATION.VALIDATED_AT, odtOrNull(state.validatedAt()))
            .set(INTEGRATION.COMPLETED_AT, odtOrNull(state.completedAt()))
            .set(INTEGRATION.LAST_RETURN_REASON, state.lastReturnReason())
            .set(INTEGRATION.RETURNED_FROM_STEP, state.returned() == null ? null : state.returned().fromStep())
            .set(INTEGRATION.RETURNED_TO_STEP, state.returned() == null ? null : state.returned().toStep())
            .set(INTEGRATION.RETURNED_AT, state.returned() == null ? null : odt(state.returned().at()))
            .set(INTEGRATION.RETURNED_BY_NAME, state.returned() == null ? null : state.returned().byName())
            .set(INTEGRATION.VERSION, expectedVersion + 1)
            .where(INTEGRATION.ID.eq(id))
            .and(INTEGRATION.VERSION.eq(expectedVersion))
            .execute() == 1;
    }

    Optional<Integration> find(long id) {
        return selectWithOpd().where(INTEGRATION.ID.eq(id)).fetchOptional(IntegrationRepository::toIntegration);
    }

    List<Integration> list(IntegrationFilter filter, Instant now, IntegrationSort sort, int offset, int limit) {
        return selectWithOpd().where(conditionOf(filter, now))
            .orderBy(orderOf(sort))
            .offset(offset)
            .limit(limit)
            .fetch(IntegrationRepository::toIntegration);
    }

    int count(IntegrationFilter filter, Instant now) {
        // the filter reads integration columns only: no join needed
        return db.fetchCount(db.select(INTEGRATION.ID).from(INTEGRATION).where(conditionOf(filter, now)));
    }

    /**
     * Counts per status and of overdue steps, for the filter without its status and
     * overdue parts, and how many rows the whole filter matches: one grouped scan.
     */
    ListCounts counts(IntegrationFilter filter, Instant now) {
        IntegrationFilter broad = filter.withStatus(null)
            .withOverdueOnly(false)
            .withReturnedTo(null)
            .withReturnedByDecision(false);
        Condition narrowing = DSL.noCondition();
        if (filter.status() != null) {
            narrowing = narrowing.and(INTEGRATION.STATUS.eq(filter.status().name()));
        }
        if (filter.overdueOnly()) {
            narrowing = narrowing.and(overdue(now));
        }
        narrowing = narrowing.and(returnConditions(filter));
        Map<IntegrationStatus, Integer> byStatus = new EnumMap<>(IntegrationStatus.class);
        int overdue = 0;
        int matching = 0;
        int byDecision = 0;
        var rows = db
            .select(INTEGRATION.STATUS, DSL.count(), DSL.count().filterWhere(overdue(now)),
                    DSL.count().filterWhere(narrowing), DSL.count().filterWhere(returnedByDecision()))
            .from(INTEGRATION)
            .where(conditionOf(broad, now))
            .groupBy(INTEGRATION.STATUS)
            .fetch();
        for (var row : rows) {
            byStatus.put(IntegrationStatus.valueOf(row.value1()), row.value2());
            overdue += row.value3();
            matching += row.value4();
            byDecision += row.value5();
        }
        List<ReturnCount> returnedTo = db.select(INTEGRATION.TEMPLATE_CODE, INTEGRATION.RETURNED_TO_STEP, DSL.count())
            .from(INTEGRATION)
            .where(conditionOf(broad, now))
            .and(INTEGRATION.RETURNED_TO_STEP.isNotNull())
            .groupBy(INTEGRATION.TEMPLATE_CODE, INTEGRATION.RETURNED_TO_STEP)
            .orderBy(INTEGRATION.TEMPLATE_CODE, INTEGRATION.RETURNED_TO_STEP)
            .fetch(r -> new ReturnCount(r.value1(), r.value2(), r.value3()));
        return new ListCounts(matching, new StatusCounts(byStatus, overdue, byDecision, returnedTo));
    }

    /**
     * Returned by the template's decision on the dashboard: the deciding step is the one
     * whose "yes" validates (the transition table says which, per template).
     */
    private static Condition returnedByDecision() {
        return DSL.exists(DSL.selectOne()
            .from(SOP_TRANSITION)
            .where(SOP_TRANSITION.TEMPLATE_CODE.eq(INTEGRATION.TEMPLATE_CODE))
            .and(SOP_TRANSITION.FROM_STEP.eq(INTEGRATION.RETURNED_FROM_STEP))
            .and(SOP_TRANSITION.OUTCOME.eq(Outcome.YES.name()))
            .and(SOP_TRANSITION.STATUS_AFTER.eq(IntegrationStatus.VALIDATED.name())));
    }

    private static Condition returnConditions(IntegrationFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.returnedTo() != null) {
            condition = condition.and(INTEGRATION.RETURNED_TO_STEP.eq(filter.returnedTo()));
        }
        if (filter.returnedByDecision()) {
            condition = condition.and(returnedByDecision());
        }
        return condition;
    }

    private SelectOnConditionStep<Record> selectWithOpd() {
        return db.select(INTEGRATION.fields())
            .select(OPD.CODE, OPD.SHORT_NAME)
            .from(INTEGRATION)
            .join(OPD)
            .on(OPD.ID.eq(INTEGRATION.OPD_ID));
    }

    private static Condition overdue(Instant now) {
        return INTEGRATION.CURRENT_STEP.isNotNull().and(INTEGRATION.CURRENT_STEP_DUE_AT.lt(odt(now)));
    }

    private static Condition conditionOf(IntegrationFilter filter, Instant now) {
        Condition condition = DSL.noCondition();
        if (filter.status() != null) {
            condition = condition.and(INTEGRATION.STATUS.eq(filter.status().name()));
        }
        if (filter.opdId() != null) {
            condition = condition.and(INTEGRATION.OPD_ID.eq(filter.opdId()));
        }
        if (filter.templateCode() != null) {
            condition = condition.and(INTEGRATION.TEMPLATE_CODE.eq(filter.templateCode()));
        }
        if (filter.currentStep() != null) {
            condition = condition.and(INTEGRATION.CURRENT_STEP.eq(filter.currentStep()));
        }
        if (filter.overdueOnly()) {
            condition = condition.and(overdue(now));
        }
        condition = condition.and(returnConditions(filter));
        if (filter.search() != null && !filter.search().isBlank()) {
            String pattern = "%" + escapeLike(filter.search().strip()) + "%";
            condition = condition.and(
                    INTEGRATION.CODE.likeIgnoreCase(pattern, '\\').or(INTEGRATION.TITLE.likeIgnoreCase(pattern, '\\')));
        }
        return condition;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<SortField<?>> orderOf(IntegrationSort sort) {
        var field = switch (sort.field()) {
            case CODE -> INTEGRATION.CODE;
            case TITLE -> INTEGRATION.TITLE;
            case OPD -> OPD.SHORT_NAME;
            case TEMPLATE -> INTEGRATION.TEMPLATE_CODE;
            case CURRENT_STEP -> INTEGRATION.CURRENT_STEP;
            case STATUS -> INTEGRATION.STATUS;
            case DUE -> INTEGRATION.CURRENT_STEP_DUE_AT;
            case CREATED -> INTEGRATION.CREATED_AT;
        };
        SortField<?> first;
        if (field.getDataType().nullable()) {
            first = sort.ascending() ? field.asc().nullsLast() : field.desc().nullsLast();
        }
        else {
            // plain order on NOT NULL columns, so that an index such as (created_at desc,
            // id
            // desc) serves the first page
            first = sort.ascending() ? field.asc() : field.desc();
        }
        return List.of(first, INTEGRATION.CREATED_AT.desc(), INTEGRATION.ID.desc());
    }

    private static Integration toIntegration(Record r) {
        return new Integration(r.get(INTEGRATION.ID), r.get(INTEGRATION.CODE), r.get(INTEGRATION.TITLE),
                r.get(INTEGRATION.OPD_ID), r.get(OPD.CODE), r.get(OPD.SHORT_NAME), r.get(INTEGRATION.APPLICATION_NAME),
                r.get(INTEGRATION.DATA_DESCRIPTION), r.get(INTEGRATION.TEMPLATE_CODE), r.get(INTEGRATION.CURRENT_STEP),
                IntegrationStatus.valueOf(r.get(INTEGRATION.STATUS)), r.get(INTEGRATION.CREATED_AT).toInstant(),
                r.get(INTEGRATION.CREATED_BY), instantOrNull(r.get(INTEGRATION.CURRENT_STEP_STARTED_AT)),
                instantOrNull(r.get(INTEGRATION.CURRENT_STEP_DUE_AT)), instantOrNull(r.get(INTEGRATION.VALIDATED_AT)),
                instantOrNull(r.get(INTEGRATION.COMPLETED_AT)), r.get(INTEGRATION.LAST_RETURN_REASON),
                r.get(INTEGRATION.VERSION), returnOf(r));
    }

    private static @Nullable IntegrationReturn returnOf(Record r) {
        Integer from = r.get(INTEGRATION.RETURNED_FROM_STEP);
        if (from == null) {
            return null;
        }
        return new IntegrationReturn(from, r.get(INTEGRATION.RETURNED_TO_STEP),
                r.get(INTEGRATION.RETURNED_AT).toInstant(), r.get(INTEGRATION.RETURNED_BY_NAME),
                r.get(INTEGRATION.LAST_RETURN_REASON));
    }

}
