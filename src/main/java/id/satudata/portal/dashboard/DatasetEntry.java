package id.satudata.portal.dashboard;

import id.satudata.portal.datastore.Dataset;

/** A dataset on an OPD dashboard, with its loads and freshness. */
public record DatasetEntry(Dataset dataset, LoadSummary loads, Freshness freshness) {
}
