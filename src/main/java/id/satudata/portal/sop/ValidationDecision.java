package id.satudata.portal.sop;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A template's decision on the dashboard: the decision step whose "yes" validates the
 * integration (Kaltim 11: "data integrasi pada dashboard sesuai?"; Trenggalek: the test
 * step). Who takes it, which document it needs and where "no" leads all come from the
 * template's rows, never from step numbers in code.
 *
 * @param yes the transition on "yes" (status after: VALIDATED)
 * @param no the transition on "no" (back to an earlier step, status RETURNED)
 */
public record ValidationDecision(SopTemplate template, SopStep step, Transition yes, Transition no) {

    /** The decision of a template, if it has one. */
    static Optional<ValidationDecision> of(SopTemplate template) {
        return template.transitions()
            .stream()
            .filter(t -> t.outcome() == Outcome.YES && t.statusAfter() == IntegrationStatus.VALIDATED)
            .findFirst()
            .flatMap(yes -> template.transition(yes.fromStep(), Outcome.NO)
                .map(no -> new ValidationDecision(template, template.step(yes.fromStep()), yes, no)));
    }

    /** The step "no" sends the integration back to. */
    public SopStep returnStep() {
        return template.step(Objects.requireNonNull(no.toStep(), "a return goes to a step"));
    }

    /** The step after "yes"; null when "yes" ends the integration. */
    public @Nullable SopStep nextStep() {
        return yes.toStep() == null ? null : template.step(yes.toStep());
    }

    /** Whether "yes" needs the step's output document uploaded with it. */
    public boolean yesNeedsDocument() {
        return step.outputRequired();
    }

}
