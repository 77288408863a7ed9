package id.satudata.portal.base.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a chart shows, independent of how it is drawn: type, title, categories (x axis or
 * pie slices), one or more series of values, and the unit of those values.
 */
public record ChartSpec(ChartType type, String title, List<String> categories, List<ChartSeries> series,
        @Nullable String unit) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
        if (type == ChartType.PIE && series.size() > 1) {
            throw new IllegalArgumentException("A pie chart shows one series");
        }
    }

    /** A chart of one series. */
    public static ChartSpec of(ChartType type, String title, List<String> categories, String seriesName,
            List<@Nullable Double> values, @Nullable String unit) {
        return new ChartSpec(type, title, categories, List.of(new ChartSeries(seriesName, values)), unit);
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }
}
