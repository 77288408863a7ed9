package id.satudata.portal.registry;

import id.satudata.portal.sop.IntegrationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The changing part of an integration row, as a step completion leaves it. */
record IntegrationState(@Nullable Integer currentStep, IntegrationStatus status, @Nullable Instant currentStepStartedAt,
        @Nullable Instant currentStepDueAt, @Nullable Instant validatedAt, @Nullable Instant completedAt,
        @Nullable String lastReturnReason, @Nullable IntegrationReturn returned) {

    static IntegrationState of(Integration integration) {
        return new IntegrationState(integration.currentStep(), integration.status(), integration.currentStepStartedAt(),
                integration.currentStepDueAt(), integration.validatedAt(), integration.completedAt(),
                integration.lastReturnReason(), integration.returned());
    }

}
