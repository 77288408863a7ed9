package id.satudata.portal.chart;

import id.satudata.portal.base.chart.ChartSeries;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.datastore.query.AggregationResult.Group;
import id.satudata.portal.region.MapArea;
import id.satudata.portal.region.RegionBars;
import id.satudata.portal.region.RegionChart;
import id.satudata.portal.region.RegionMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns aggregated groups into a {@link ChartSpec}: ranked kinds keep the top N groups by
 * value, lines keep the order of the dimension's values; with a second dimension each of
 * its (top) values becomes a series.
 */
final class ChartData {

    /** At most this many series for a second dimension. */
    static final int MAX_SERIES = 8;

    private ChartData() {
    }

    static ChartSpec spec(ChartDefinition chart, String title, String seriesName, List<Group> groups,
            @Nullable String unit, String emptyLabel) {
        if (chart.dimension2() == null) {
            List<Group> shown = new ArrayList<>(groups);
            if (chart.kind().ranked() || chart.kind() == ChartKind.MAP) {
                shown.sort(Comparator.comparing((Group g) -> g.value() == null ? Double.NEGATIVE_INFINITY : g.value())
                    .reversed());
                shown = shown.subList(0, Math.min(chart.topN(), shown.size()));
            }
            return ChartSpec.of(chart.kind().chartType(), title,
                    shown.stream().map(g -> label(g.keys().getFirst(), emptyLabel)).toList(), seriesName,
                    shown.stream().map(Group::value).toList(), unit);
        }
        return twoDimensions(chart, title, groups, unit, emptyLabel);
    }

    private static ChartSpec twoDimensions(ChartDefinition chart, String title, List<Group> groups,
            @Nullable String unit, String emptyLabel) {
        List<String> categories = top(groups, 0, chart.kind().ranked() ? chart.topN() : Integer.MAX_VALUE,
                chart.kind().ranked());
        List<String> seriesKeys = top(groups, 1, MAX_SERIES, true);
        Map<String, Map<String, @Nullable Double>> cells = new LinkedHashMap<>();
        for (Group g : groups) {
            cells.computeIfAbsent(key(g.keys().get(1)), k -> new LinkedHashMap<>())
                .put(key(g.keys().get(0)), g.value());
        }
        List<ChartSeries> series = seriesKeys.stream()
            .map(s -> new ChartSeries(label(s, emptyLabel),
                    categories.stream().map(c -> cells.getOrDefault(s, Map.of()).get(c)).toList()))
            .toList();
        ChartType type = chart.kind().chartType();
        return new ChartSpec(type, title, categories.stream().map(c -> label(c, emptyLabel)).toList(), series, unit);
    }

    /** The values of one key position, by total value (ranked) or in data order. */
    private static List<String> top(List<Group> groups, int position, int limit, boolean ranked) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Group g : groups) {
            totals.merge(key(g.keys().get(position)), g.value() == null ? 0 : Math.abs(g.value()), Double::sum);
        }
        List<String> keys = new ArrayList<>(totals.keySet());
        if (ranked) {
            keys.sort(Comparator.comparing((String k) -> totals.get(k)).reversed());
        }
        return List.copyOf(keys.subList(0, Math.min(limit, keys.size())));
    }

    /** A map's figures as bars (the shapes' region names), for documents. */
    static ChartSpec mapAsBars(RegionChart region, ChartDefinition chart, String title, String seriesName,
            @Nullable String unit) {
        if (region.choropleth() instanceof RegionBars bars) {
            return bars.chart();
        }
        List<MapArea> areas = ((RegionMap) region.choropleth()).areas()
            .stream()
            .filter(a -> a.value() != null)
            .sorted(Comparator.comparing((MapArea a) -> Objects.requireNonNull(a.value())).reversed())
            .limit(chart.topN())
            .toList();
        return ChartSpec.of(ChartType.BAR, title, areas.stream().map(a -> a.region().name()).toList(), seriesName,
                areas.stream().map(MapArea::value).toList(), unit);
    }

    private static String key(@Nullable String value) {
        return value == null ? "\u0000" : value;
    }

    private static String label(@Nullable String value, String emptyLabel) {
        return value == null || value.equals("\u0000") ? emptyLabel : value;
    }

}
