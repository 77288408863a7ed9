package id.satudata.portal.chart;

import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.region.RegionChart;
import org.jspecify.annotations.Nullable;

/**
 * One chart of a dataset, ready to draw: what it shows, the {@link ChartSpec} for the
 * ChartRenderer or ChartImageRenderer (for a MAP: the same figures as bars), and for a
 * MAP the {@link RegionChart} for {@code ChoroplethView}.
 *
 * @param savedId the saved chart it comes from; null for an automatic choice
 * @param position its place among the dataset's charts (0 first)
 */
public record DashboardChart(long datasetId, int position, @Nullable Long savedId, ChartDefinition definition,
        ChartSpec spec, @Nullable RegionChart region) {

    public boolean automatic() {
        return savedId == null;
    }

}
