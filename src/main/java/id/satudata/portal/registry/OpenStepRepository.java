package id.satudata.portal.registry;

import static id.satudata.portal.jooq.Tables.INTEGRATION;
import static id.satudata.portal.registry.Times.odt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The steps integrations are at now, with when each started and is due. */
@Repository
class OpenStepRepository {

    /** An integration's current step. */
    record OpenStep(long integrationId, String templateCode, int step, Instant startedAt, Instant dueAt) {
    }

    private final DSLContext db;

    OpenStepRepository(DSLContext db) {
        this.db = db;
    }

    List<OpenStep> openSteps() {
        return db
            .select(INTEGRATION.ID, INTEGRATION.TEMPLATE_CODE, INTEGRATION.CURRENT_STEP,
                    INTEGRATION.CURRENT_STEP_STARTED_AT, INTEGRATION.CURRENT_STEP_DUE_AT)
            .from(INTEGRATION)
            .where(INTEGRATION.CURRENT_STEP.isNotNull())
            .orderBy(INTEGRATION.ID)
            .fetch(r -> new OpenStep(r.value1(), r.value2(), r.value3(), Objects.requireNonNull(r.value4()).toInstant(),
                    Objects.requireNonNull(r.value5()).toInstant()));
    }

    /**
     * Moves the due time of a current step; not a move of the integration, so its version
     * stays (a form open on it keeps working).
     */
    void moveDue(long integrationId, Instant dueAt) {
        db.update(INTEGRATION)
            .set(INTEGRATION.CURRENT_STEP_DUE_AT, odt(dueAt))
            .where(INTEGRATION.ID.eq(integrationId))
            .and(INTEGRATION.CURRENT_STEP.isNotNull())
            .execute();
    }

}
