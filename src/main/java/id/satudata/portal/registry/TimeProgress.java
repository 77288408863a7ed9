package id.satudata.portal.registry;

import id.satudata.portal.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The whole integration against its SOP's overall duration (Kaltim: 3-4 months).
 *
 * @param end when the last step was done; null while the integration goes on
 * @param elapsed end (or now) minus start
 * @param standard the SOP's overall duration; null when the SOP states none
 * @param dueAt start plus the upper bound of the overall duration
 * @param overdue past the overall due time (now, or at the end)
 */
public record TimeProgress(Instant start, @Nullable Instant end, Duration elapsed, @Nullable TimeStandard standard,
        @Nullable Instant dueAt, boolean overdue) {
}
