package id.satudata.portal.report.integration;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One visit of a step on the integration's path through its SOP.
 *
 * @param visit 1 for the first visit of the step, 2 after a return, ...
 * @param actor who completed it; null while the step is open
 * @param end when it was completed; null while open
 * @param due when it was due by its time standard
 * @param late completed after (or, while open, already past) its due time
 * @param outcome the decision or DONE; null while open
 * @param toStep where the integration went next; null at the end or while open
 */
record PathRow(SopStep step, int visit, @Nullable String actor, @Nullable Role actedAs, boolean onBehalf, Instant start,
        @Nullable Instant end, @Nullable Instant due, boolean late, @Nullable Outcome outcome, @Nullable Integer toStep,
        @Nullable String note) {

    /** A "no" decision that sent the integration back. */
    boolean isReturn() {
        return outcome == Outcome.NO;
    }

    boolean isOpen() {
        return end == null;
    }

    /** End (or {@code now} while open) minus start. */
    Duration actual(Instant now) {
        return Duration.between(start, end == null ? now : end);
    }

}
