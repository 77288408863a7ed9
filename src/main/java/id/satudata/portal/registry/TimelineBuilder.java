package id.satudata.portal.registry;

import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds the timeline of an integration from its template and its event history: one row
 * per template step, plus the overall time against the SOP's duration.
 */
final class TimelineBuilder {

    private TimelineBuilder() {
    }

    static List<StepProgress> steps(SopTemplate template, Integration integration, List<IntegrationEvent> events,
            List<IntegrationDocument> documents, Instant now) {
        List<StepProgress> rows = new ArrayList<>();
        for (SopStep step : template.steps()) {
            List<IntegrationDocument> stepDocuments = documents.stream()
                .filter(d -> d.stepNo() == step.number())
                .toList();
            rows.add(row(step, integration, events, stepDocuments, now));
        }
        return rows;
    }

    private static StepProgress row(SopStep step, Integration integration, List<IntegrationEvent> events,
            List<IntegrationDocument> documents, Instant now) {
        List<IntegrationEvent> starts = events.stream()
            .filter(e -> e.kind() != EventKind.NOTE && Objects.equals(e.toStep(), step.number()))
            .toList();
        if (Objects.equals(integration.currentStep(), step.number())) {
            Instant started = Objects.requireNonNull(integration.currentStepStartedAt());
            Instant due = integration.currentStepDueAt();
            return new StepProgress(step, StepProgress.State.CURRENT, started, null, due,
                    Duration.between(started, now), due != null && now.isAfter(due), false, null, starts.size(),
                    documents);
        }
        if (starts.isEmpty()) {
            return new StepProgress(step, StepProgress.State.NOT_STARTED, null, null, null, null, false, false, null, 0,
                    documents);
        }
        IntegrationEvent lastStart = starts.getLast();
        IntegrationEvent completion = completionAfter(events, step.number(), lastStart.id());
        if (completion == null) {
            return new StepProgress(step, StepProgress.State.NOT_STARTED, lastStart.at(), null, null, null, false,
                    false, null, starts.size(), documents);
        }
        return new StepProgress(step, StepProgress.State.DONE, lastStart.at(), completion.at(), completion.stepDueAt(),
                Duration.between(lastStart.at(), completion.at()), false, completion.late(), completion, starts.size(),
                documents);
    }

    private static @Nullable IntegrationEvent completionAfter(List<IntegrationEvent> events, int stepNo, long afterId) {
        return events.stream()
            .filter(e -> e.kind() == EventKind.STEP_COMPLETED && e.id() > afterId
                    && Objects.equals(e.fromStep(), stepNo))
            .findFirst()
            .orElse(null);
    }

    static TimeProgress total(SopTemplate template, Integration integration, Instant now, WorkingCalendar calendar) {
        Instant end = integration.completedAt();
        Instant until = end == null ? now : end;
        TimeStandard standard = template.overall();
        Instant due = standard == null ? null : calendar.dueAt(integration.createdAt(), standard);
        return new TimeProgress(integration.createdAt(), end, Duration.between(integration.createdAt(), until),
                standard, due, due != null && until.isAfter(due));
    }

}
