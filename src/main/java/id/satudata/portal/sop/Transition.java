package id.satudata.portal.sop;

import org.jspecify.annotations.Nullable;

/**
 * A row of the transition table: from a step, with an outcome, to a step (null: the
 * integration ends).
 */
public record Transition(int fromStep, Outcome outcome, @Nullable Integer toStep, IntegrationStatus statusAfter) {

    public boolean endsIntegration() {
        return toStep == null;
    }
}
