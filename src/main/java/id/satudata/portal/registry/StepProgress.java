package id.satudata.portal.registry;

import id.satudata.portal.sop.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of an integration's timeline: a template step and how its latest visit went. A
 * step visited again after a return (Kaltim 11 "no" back to 3) shows its latest visit and
 * counts its visits.
 *
 * @param startedAt when the latest visit started; null if never reached
 * @param finishedAt when the latest visit was completed; null while open or never reached
 * @param dueAt when the latest visit was (or is) due by the time standard
 * @param elapsed finished (or now) minus started; null if never reached
 * @param overdue the step is the current one and past its due time
 * @param late the latest visit was completed after its due time
 * @param completion the event that completed the latest visit, with actor, decision and
 * reason
 * @param documents every document filed with this step, over all visits
 */
public record StepProgress(SopStep step, State state, @Nullable Instant startedAt, @Nullable Instant finishedAt,
        @Nullable Instant dueAt, @Nullable Duration elapsed, boolean overdue, boolean late,
        @Nullable IntegrationEvent completion, int visits, List<IntegrationDocument> documents) {

    /** Where a step stands. */
    public enum State {

        NOT_STARTED, CURRENT, DONE

    }

    public StepProgress {
        documents = List.copyOf(documents);
    }

}
