package id.satudata.portal.registry;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.sop.Transition;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state machine of an integration over its template's transition table: from the
 * current step and an outcome to the next state. It knows no step numbers of its own.
 */
final class StepMachine {

    /**
     * A step completion: the step done, the transition taken, the state after it, and
     * whether the step was late.
     */
    record Move(SopStep step, Transition transition, IntegrationState state, @Nullable Instant stepDueAt,
            boolean late) {
    }

    private StepMachine() {
    }

    /** The state in which a new integration starts: the template's first step. */
    static IntegrationState start(SopTemplate template, Instant at, WorkingCalendar calendar) {
        SopStep first = template.firstStep();
        return new IntegrationState(first.number(), IntegrationStatus.PENDING, at,
                calendar.dueAt(at, first.timeStandard()), null, null, null, null);
    }

    /**
     * Completes the current step with an outcome at a time; throws a ValidationException
     * when the integration is finished, the step has no such outcome, or a "no" comes
     * without a reason.
     */
    static Move complete(SopTemplate template, Integration integration, Outcome outcome, @Nullable String note,
            Instant at, String actorName, WorkingCalendar calendar) {
        SopStep step = currentStep(template, integration);
        int current = step.number();
        Transition transition = template.requireTransition(current, outcome);
        if (outcome == Outcome.NO && (note == null || note.isBlank())) {
            throw new ValidationException("note", "registry.error.reasonRequired", current);
        }
        return new Move(step, transition, stateAfter(template, integration, transition, note, at, actorName, calendar),
                integration.currentStepDueAt(),
                integration.currentStepDueAt() != null && at.isAfter(integration.currentStepDueAt()));
    }

    /**
     * The step to be done next; a ValidationException when the integration is finished.
     */
    static SopStep currentStep(SopTemplate template, Integration integration) {
        Integer current = integration.currentStep();
        if (current == null) {
            throw new ValidationException("step", "registry.error.finished", integration.code());
        }
        return template.step(current);
    }

    /** Whether completing the step with this outcome needs its output document. */
    static boolean requiresDocument(SopStep step, Outcome outcome) {
        return step.outputRequired() && outcome != Outcome.NO;
    }

    private static IntegrationState stateAfter(SopTemplate template, Integration integration, Transition transition,
            @Nullable String note, Instant at, String actorName, WorkingCalendar calendar) {
        IntegrationReturn returned = returnAfter(integration, transition, note, at, actorName);
        IntegrationStatus status = returned != null ? IntegrationStatus.RETURNED : transition.statusAfter();
        Instant validatedAt = status == IntegrationStatus.VALIDATED
                && integration.status() != IntegrationStatus.VALIDATED ? at : integration.validatedAt();
        String returnReason = transition.outcome() == Outcome.NO ? note.strip() : integration.lastReturnReason();
        Integer next = transition.toStep();
        if (next == null) {
            return new IntegrationState(null, status, null, null, validatedAt, at, returnReason, null);
        }
        Instant due = calendar.dueAt(at, template.step(next).timeStandard());
        return new IntegrationState(next, status, at, due, validatedAt, null, returnReason, returned);
    }

    /**
     * The return the integration counts under after the transition: a transition into
     * RETURNED starts one (or, while already returned, keeps the outer deciding step and
     * records the new destination); a returned integration stays returned until it
     * reaches the deciding step again.
     */
    private static @Nullable IntegrationReturn returnAfter(Integration integration, Transition transition,
            @Nullable String note, Instant at, String actorName) {
        IntegrationReturn current = integration.returned();
        Integer next = transition.toStep();
        if (next == null) {
            return null;
        }
        if (transition.statusAfter() == IntegrationStatus.RETURNED) {
            int decidingStep = current != null ? current.fromStep() : transition.fromStep();
            return new IntegrationReturn(decidingStep, next, at, actorName, note == null ? null : note.strip());
        }
        return current != null && next != current.fromStep() ? current : null;
    }

}
