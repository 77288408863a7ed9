package id.satudata.portal.registry;

import id.satudata.portal.sop.SopStep;
import java.time.Duration;
import java.time.Instant;

/**
 * An integration whose current step is past its due time, for the administrator's
 * overview.
 */
public record OverdueStep(Integration integration, SopStep step, Instant dueAt, Duration overdueBy) {
}
