package id.satudata.portal.report.integration;

import id.satudata.portal.registry.EventKind;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationEvent;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The path of an integration through its SOP, read from its history: one row per visit of
 * a step, in order, so that every return (Kaltim 11 "no" back to 3) and the steps done
 * again after it are shown.
 */
final class IntegrationPath {

    /** Who completes the open last step with the report being written, and when. */
    record Completion(String actor, Role actedAs, boolean onBehalf, Instant at) {
    }

    private IntegrationPath() {
    }

    /**
     * @param completing the completion of the open last step by this report; null when
     * the report only describes the integration as it stands
     */
    static List<PathRow> rows(SopTemplate template, Integration integration, List<IntegrationEvent> events, Instant now,
            @Nullable Completion completing) {
        Map<Integer, Instant> started = new HashMap<>();
        Map<Integer, Integer> visits = new HashMap<>();
        List<PathRow> rows = new ArrayList<>();
        for (IntegrationEvent event : events) {
            if (event.kind() == EventKind.STEP_COMPLETED) {
                int step = Objects.requireNonNull(event.fromStep());
                Instant start = started.getOrDefault(step, integration.createdAt());
                rows.add(new PathRow(template.step(step), visits.merge(step, 1, Integer::sum), event.actorName(),
                        event.actedAs(), event.onBehalf(), start, event.at(), event.stepDueAt(), event.late(),
                        event.outcome(), event.toStep(), event.note()));
            }
            if (event.kind() != EventKind.NOTE && event.toStep() != null) {
                started.put(event.toStep(), event.at());
            }
        }
        Integer current = integration.currentStep();
        if (current != null) {
            Instant start = Objects.requireNonNullElse(integration.currentStepStartedAt(), now);
            Instant due = integration.currentStepDueAt();
            int visit = visits.getOrDefault(current, 0) + 1;
            if (completing != null) {
                rows.add(new PathRow(template.step(current), visit, completing.actor(), completing.actedAs(),
                        completing.onBehalf(), start, completing.at(), due, due != null && completing.at().isAfter(due),
                        Outcome.DONE, null, null));
            }
            else {
                rows.add(new PathRow(template.step(current), visit, null, null, false, start, null, due,
                        due != null && now.isAfter(due), null, null, null));
            }
        }
        return rows;
    }

}
