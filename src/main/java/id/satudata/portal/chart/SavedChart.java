package id.satudata.portal.chart;

import java.time.OffsetDateTime;

/** A chart staff saved for a dataset, and who saved it when. */
public record SavedChart(long id, long datasetId, int position, ChartDefinition definition, String savedByName,
        OffsetDateTime savedAt) {
}
