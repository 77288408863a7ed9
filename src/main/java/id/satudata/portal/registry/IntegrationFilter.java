package id.satudata.portal.registry;

import id.satudata.portal.sop.IntegrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the registry list shows; every part is optional. For an OPD user the service
 * always narrows it to their own OPD.
 *
 * @param currentStep the step the integrations stand at
 * @param overdueOnly only integrations whose current step is past its due time
 * @param search part of the code or the title, case-insensitive
 * @param returnedTo only integrations counting as returned to this step (of the template
 * filter, else of any template)
 * @param returnedByDecision only integrations returned by their template's decision on
 * the dashboard (Kaltim 11 "tidak": "returned to step 3")
 */
public record IntegrationFilter(@Nullable IntegrationStatus status, @Nullable Long opdId, @Nullable String templateCode,
        @Nullable Integer currentStep, boolean overdueOnly, @Nullable String search, @Nullable Integer returnedTo,
        boolean returnedByDecision) {

    public IntegrationFilter(@Nullable IntegrationStatus status, @Nullable Long opdId, @Nullable String templateCode,
            @Nullable Integer currentStep, boolean overdueOnly, @Nullable String search) {
        this(status, opdId, templateCode, currentStep, overdueOnly, search, null, false);
    }

    public static IntegrationFilter all() {
        return new IntegrationFilter(null, null, null, null, false, null);
    }

    public IntegrationFilter withReturnedTo(@Nullable Integer value) {
        return new IntegrationFilter(status, opdId, templateCode, currentStep, overdueOnly, search, value,
                returnedByDecision);
    }

    public IntegrationFilter withReturnedByDecision(boolean value) {
        return new IntegrationFilter(status, opdId, templateCode, currentStep, overdueOnly, search, returnedTo, value);
    }

    public IntegrationFilter withStatus(@Nullable IntegrationStatus value) {
        return new IntegrationFilter(value, opdId, templateCode, currentStep, overdueOnly, search, returnedTo,
                returnedByDecision);
    }

    public IntegrationFilter withOpd(@Nullable Long value) {
        return new IntegrationFilter(status, value, templateCode, currentStep, overdueOnly, search, returnedTo,
                returnedByDecision);
    }

    public IntegrationFilter withTemplate(@Nullable String value) {
        return new IntegrationFilter(status, opdId, value, currentStep, overdueOnly, search, returnedTo,
                returnedByDecision);
    }

    public IntegrationFilter withCurrentStep(@Nullable Integer value) {
        return new IntegrationFilter(status, opdId, templateCode, value, overdueOnly, search, returnedTo,
                returnedByDecision);
    }

    public IntegrationFilter withOverdueOnly(boolean value) {
        return new IntegrationFilter(status, opdId, templateCode, currentStep, value, search, returnedTo,
                returnedByDecision);
    }

    public IntegrationFilter withSearch(@Nullable String value) {
        return new IntegrationFilter(status, opdId, templateCode, currentStep, overdueOnly, value, returnedTo,
                returnedByDecision);
    }

}
