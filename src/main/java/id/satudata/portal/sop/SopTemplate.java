package id.satudata.portal.sop;

import id.satudata.portal.base.error.ValidationException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An SOP as data: its steps in order and the transition table between them.
 *
 * @param overall the SOP's stated overall duration (Kaltim: 3 to 4 months), if it states
 * one
 */
public record SopTemplate(String code, String name, String issuer, @Nullable String documentNumber,
        @Nullable TimeStandard overall, boolean isDefault, List<SopStep> steps, List<Transition> transitions) {

    public SopTemplate {
        steps = List.copyOf(steps);
        transitions = List.copyOf(transitions);
    }

    public SopStep firstStep() {
        return steps.getFirst();
    }

    public SopStep step(int number) {
        return steps.stream()
            .filter(s -> s.number() == number)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Template " + code + " has no step " + number));
    }

    /**
     * The outcomes a step accepts: DONE for an ordinary step, YES and NO for a decision.
     */
    public List<Outcome> outcomesOf(int stepNumber) {
        return transitions.stream().filter(t -> t.fromStep() == stepNumber).map(Transition::outcome).sorted().toList();
    }

    /**
     * The decision taken on the dashboard: the decision step whose "yes" validates the
     * integration.
     */
    public Optional<ValidationDecision> validationDecision() {
        return ValidationDecision.of(this);
    }

    public Optional<Transition> transition(int fromStep, Outcome outcome) {
        return transitions.stream().filter(t -> t.fromStep() == fromStep && t.outcome() == outcome).findFirst();
    }

    /**
     * The transition to take, or a validation error when the step has no such outcome.
     */
    public Transition requireTransition(int fromStep, Outcome outcome) {
        return transition(fromStep, outcome)
            .orElseThrow(() -> new ValidationException("outcome", "error.sop.outcome.invalid", outcome, fromStep));
    }
}
