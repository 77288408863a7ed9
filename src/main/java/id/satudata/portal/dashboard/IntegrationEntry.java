package id.satudata.portal.dashboard;

import id.satudata.portal.registry.Integration;
import java.util.List;

/**
 * An integration on an OPD dashboard.
 *
 * @param awaitingDecision it stands at the validation step (Kaltim 11)
 * @param mayDecide the caller may take that decision (its OPD, or an ADMINISTRATOR)
 * @param schemaChanged validated, but a linked dataset's schema changed since: it needs a
 * new validation
 * @param datasetIds the datasets linked to it
 */
public record IntegrationEntry(Integration integration, boolean awaitingDecision, boolean mayDecide,
        boolean schemaChanged, List<Long> datasetIds) {

    public IntegrationEntry {
        datasetIds = List.copyOf(datasetIds);
    }

}
