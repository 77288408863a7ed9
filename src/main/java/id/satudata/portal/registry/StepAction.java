package id.satudata.portal.registry;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import java.util.List;

/**
 * What the current user may do on an integration now: complete its current step with one
 * of the outcomes (DONE, or YES/NO for a decision), in a role, perhaps on behalf of the
 * step's own role. The service checks all of it again when the action comes.
 *
 * @param documentRequired the step's output document must be uploaded (except with NO)
 * @param version the integration's version to pass back to
 * {@link RegistryService#complete}
 */
public record StepAction(long integrationId, SopStep step, List<Outcome> outcomes, Role actingAs, boolean onBehalf,
        boolean documentRequired, int version) {

    public StepAction {
        outcomes = List.copyOf(outcomes);
    }

    public boolean isDecision() {
        return step.isDecision();
    }

}
