package id.satudata.portal.registry;

import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the detail page shows about one integration: the integration, its template,
 * a timeline row per template step, the full event history (oldest first), its documents,
 * the overall time, and the action the current user may take (if any).
 */
public record IntegrationDetail(Integration integration, SopTemplate template, List<StepProgress> steps,
        List<IntegrationEvent> events, List<IntegrationDocument> documents, TimeProgress total,
        @Nullable StepAction action, Instant now) {

    public IntegrationDetail {
        steps = List.copyOf(steps);
        events = List.copyOf(events);
        documents = List.copyOf(documents);
    }

    public Optional<StepAction> allowedAction() {
        return Optional.ofNullable(action);
    }

    /** The timeline row of the current step, if the integration is not finished. */
    public Optional<StepProgress> currentStep() {
        return steps.stream().filter(s -> s.state() == StepProgress.State.CURRENT).findFirst();
    }

}
