package id.satudata.portal.dashboard;

import id.satudata.portal.opd.Opd;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything the top of an OPD's dashboard shows. */
public record OpdDashboard(Opd opd, List<IntegrationEntry> integrations, List<DatasetEntry> datasets, Headline headline,
        OffsetDateTime builtAt) {

    public OpdDashboard {
        integrations = List.copyOf(integrations);
        datasets = List.copyOf(datasets);
    }

    /** The headline figures. */
    public record Headline(int datasets, long rows, int integrations, int validated, int awaitingDecision, int returned,
            int stale, long rejectedLoads) {
    }

}
