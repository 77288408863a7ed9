package id.satudata.portal.dashboard;

import java.util.List;

/**
 * Finds an OPD's datasets and integrations by words, for the search box of its dashboard.
 * {@link IndexedOpdSearch} asks the Lucene index (OPD scope, Indonesian analyzer).
 */
public interface OpdSearch {

    /** The entries of the dashboard that match the words, best first. */
    Matches find(OpdDashboard dashboard, String words);

    /** What matched. */
    record Matches(List<DatasetEntry> datasets, List<IntegrationEntry> integrations) {

        public Matches {
            datasets = List.copyOf(datasets);
            integrations = List.copyOf(integrations);
        }

    }

}
