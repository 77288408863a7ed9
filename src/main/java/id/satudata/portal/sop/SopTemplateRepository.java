package id.satudata.portal.sop;

import static id.satudata.portal.jooq.Tables.SOP_STEP;
import static id.satudata.portal.jooq.Tables.SOP_TEMPLATE;
import static id.satudata.portal.jooq.Tables.SOP_TRANSITION;

import id.satudata.portal.jooq.tables.records.SopStepRecord;
import id.satudata.portal.jooq.tables.records.SopTemplateRecord;
import id.satudata.portal.security.Role;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads the SOP templates with their steps and transitions. */
@Repository
class SopTemplateRepository {

    private final DSLContext db;

    SopTemplateRepository(DSLContext db) {
        this.db = db;
    }

    List<SopTemplate> findAll() {
        return db.selectFrom(SOP_TEMPLATE)
            .orderBy(SOP_TEMPLATE.IS_DEFAULT.desc(), SOP_TEMPLATE.CODE)
            .fetch(this::toTemplate);
    }

    private SopTemplate toTemplate(SopTemplateRecord t) {
        List<SopStep> steps = db.selectFrom(SOP_STEP)
            .where(SOP_STEP.TEMPLATE_CODE.eq(t.getCode()))
            .orderBy(SOP_STEP.STEP_NO)
            .fetch(SopTemplateRepository::toStep);
        List<Transition> transitions = db.selectFrom(SOP_TRANSITION)
            .where(SOP_TRANSITION.TEMPLATE_CODE.eq(t.getCode()))
            .orderBy(SOP_TRANSITION.FROM_STEP, SOP_TRANSITION.OUTCOME)
            .fetch(r -> new Transition(r.getFromStep(), Outcome.valueOf(r.getOutcome()), r.getToStep(),
                    IntegrationStatus.valueOf(r.getStatusAfter())));
        TimeStandard overall = t.getOverallUnit() == null ? null
                : new TimeStandard(t.getOverallMin(), t.getOverallMax(), DurationUnit.valueOf(t.getOverallUnit()));
        return new SopTemplate(t.getCode(), t.getName(), t.getIssuer(), t.getDocumentNumber(), overall,
                t.getIsDefault(), steps, transitions);
    }

    private static SopStep toStep(SopStepRecord r) {
        return new SopStep(r.getTemplateCode(), r.getStepNo(), r.getActivity(), roles(r.getActorRoles()),
                roles(r.getCompleterRoles()), r.getInputs(),
                new TimeStandard(r.getTimeMin(), r.getTimeMax(), DurationUnit.valueOf(r.getTimeUnit())),
                r.getOutputDocument(), r.getOutputRequired(), r.getDecisionQuestion());
    }

    private static List<Role> roles(String[] names) {
        return Arrays.stream(names).map(Role::valueOf).toList();
    }

}
