package id.satudata.portal.dashboard;

import id.satudata.portal.registry.Integration;
import id.satudata.portal.sop.ValidationDecision;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An integration on an OPD dashboard.
 *
 * @param decision the template's decision on the dashboard, while the integration stands
 * at it (Kaltim 11)
 * @param mayDecide the caller may take that decision (its completer role, or an
 * ADMINISTRATOR)
 * @param schemaChanged validated, but a linked dataset's schema changed since: it needs a
 * new validation
 * @param datasetIds the datasets linked to it
 */
public record IntegrationEntry(Integration integration, @Nullable ValidationDecision decision, boolean mayDecide,
        boolean schemaChanged, List<Long> datasetIds) {

    public IntegrationEntry {
        datasetIds = List.copyOf(datasetIds);
    }

    /** Whether it stands at its decision on the dashboard. */
    public boolean awaitingDecision() {
        return decision != null;
    }

}
