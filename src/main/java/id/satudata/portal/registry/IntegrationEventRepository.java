package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION_EVENT;
import static id.satudata.portal.registry.Times.instantOrNull;
import static id.satudata.portal.registry.Times.odt;
import static id.satudata.portal.registry.Times.odtOrNull;

import id.satudata.portal.jooq.tables.records.IntegrationEventRecord;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The append-only event history: insert and read, nothing else. */
@Repository
class IntegrationEventRepository {

    private final DSLContext db;

    IntegrationEventRepository(DSLContext db) {
        this.db = db;
    }

    /** Appends the event (its id is ignored) and returns the id the database gave it. */
    long append(IntegrationEvent e) {
        return db.insertInto(INTEGRATION_EVENT)
            .set(INTEGRATION_EVENT.INTEGRATION_ID, e.integrationId())
            .set(INTEGRATION_EVENT.KIND, e.kind().name())
            .set(INTEGRATION_EVENT.OCCURRED_AT, odt(e.at()))
            .set(INTEGRATION_EVENT.ACTOR_USER_ID, e.actorUserId())
            .set(INTEGRATION_EVENT.ACTOR_NAME, e.actorName())
            .set(INTEGRATION_EVENT.ACTED_AS, e.actedAs() == null ? null : e.actedAs().name())
            .set(INTEGRATION_EVENT.ON_BEHALF, e.onBehalf())
            .set(INTEGRATION_EVENT.FROM_STEP, e.fromStep())
            .set(INTEGRATION_EVENT.OUTCOME, e.outcome() == null ? null : e.outcome().name())
            .set(INTEGRATION_EVENT.TO_STEP, e.toStep())
            .set(INTEGRATION_EVENT.STATUS_AFTER, e.statusAfter().name())
            .set(INTEGRATION_EVENT.NOTE, e.note())
            .set(INTEGRATION_EVENT.STEP_DUE_AT, odtOrNull(e.stepDueAt()))
            .set(INTEGRATION_EVENT.LATE, e.late())
            .returning(INTEGRATION_EVENT.ID)
            .fetchSingle(INTEGRATION_EVENT.ID);
    }

    /** An integration's events, oldest first. */
    List<IntegrationEvent> findByIntegration(long integrationId) {
        return db.selectFrom(INTEGRATION_EVENT)
            .where(INTEGRATION_EVENT.INTEGRATION_ID.eq(integrationId))
            .orderBy(INTEGRATION_EVENT.ID)
            .fetch(IntegrationEventRepository::toEvent);
    }

    private static IntegrationEvent toEvent(IntegrationEventRecord r) {
        return new IntegrationEvent(r.getId(), r.getIntegrationId(), EventKind.valueOf(r.getKind()),
                r.getOccurredAt().toInstant(), r.getActorUserId(), r.getActorName(),
                r.getActedAs() == null ? null : Role.valueOf(r.getActedAs()), r.getOnBehalf(), r.getFromStep(),
                r.getOutcome() == null ? null : Outcome.valueOf(r.getOutcome()), r.getToStep(),
                IntegrationStatus.valueOf(r.getStatusAfter()), r.getNote(), instantOrNull(r.getStepDueAt()),
                r.getLate());
    }

}
