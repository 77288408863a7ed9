package id.satudata.portal.registry;

import id.satudata.portal.sop.IntegrationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An integration request of an OPD and where it stands in its SOP template.
 *
 * @param code readable code, unique, numbered per year (INT-2026-0007)
 * @param currentStep the step to be done next; null once the last step is done
 * @param currentStepDueAt when the current step is due by its time standard
 * @param lastReturnReason the reason given with the last "no" decision
 * @param version increases with every event; pass it back to act (optimistic locking)
 * @param returned where it went back to, while it counts as returned (null otherwise)
 */
public record Integration(long id, String code, String title, long opdId, String opdCode, String opdShortName,
        String applicationName, String dataDescription, String templateCode, @Nullable Integer currentStep,
        IntegrationStatus status, Instant createdAt, @Nullable Long createdBy, @Nullable Instant currentStepStartedAt,
        @Nullable Instant currentStepDueAt, @Nullable Instant validatedAt, @Nullable Instant completedAt,
        @Nullable String lastReturnReason, int version, @Nullable IntegrationReturn returned) {

    /** Whether the last step is done. */
    public boolean isFinished() {
        return currentStep == null;
    }

    /** Whether the current step is past its due time at {@code now}. */
    public boolean isOverdue(Instant now) {
        return currentStep != null && currentStepDueAt != null && now.isAfter(currentStepDueAt);
    }

    /**
     * Sent back by a "no" decision and not yet at the deciding step again;
     * {@link #returned()} says where it went back to ("returned to step 3").
     */
    public boolean isReturned() {
        return status == IntegrationStatus.RETURNED;
    }

}
