package id.satudata.portal.chart;

import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.AggregationResult.Group;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.region.RegionChart;
import id.satudata.portal.region.RegionCharts;
import id.satudata.portal.region.RegionFigure;
import id.satudata.portal.region.RegionFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws one chart definition over a dataset: its figures from the datastore's
 * aggregations (over the view's filters), a map's figures per region, the title in the
 * reader's language. Asks nobody's permission: {@link DashboardCharts} has checked the
 * caller and the dataset before.
 */
@Component
class ChartDrawing {

    private final DatasetQueryService queries;

    private final RegionCharts regionCharts;

    private final SchemaFactsReader factsReader;

    private final MessageSource messages;

    ChartDrawing(DatasetQueryService queries, RegionCharts regionCharts, SchemaFactsReader factsReader,
            MessageSource messages) {
        this.queries = queries;
        this.regionCharts = regionCharts;
        this.factsReader = factsReader;
        this.messages = messages;
    }

    DashboardChart draw(Dataset dataset, int position, @Nullable Long savedId, ChartDefinition chart, Locale locale) {
        return draw(dataset, position, savedId, chart, List.of(), locale);
    }

    DashboardChart draw(Dataset dataset, int position, @Nullable Long savedId, ChartDefinition chart,
            List<RowFilter> viewFilters, Locale locale) {
        String title = title(dataset, chart, locale);
        SchemaField measure = chart.measure() == null ? null : dataset.schema().field(chart.measure()).orElse(null);
        String unit = measure == null ? t(locale, "dashboard.unit.rows") : measure.unit();
        String seriesName = measure == null ? t(locale, "dashboard.chart.rows") : measure.title();
        String empty = t(locale, "dashboard.chart.noValue");
        if (chart.kind() == ChartKind.MAP) {
            RegionChart region = region(dataset, chart, viewFilters, title, unit);
            return new DashboardChart(dataset.id(), position, savedId, chart,
                    ChartData.mapAsBars(region, chart, title, seriesName, unit), region);
        }
        ChartSpec spec = ChartData.spec(chart, title, seriesName, groups(dataset, chart, viewFilters), unit, empty);
        return new DashboardChart(dataset.id(), position, savedId, chart, spec, null);
    }

    private List<Group> groups(Dataset dataset, ChartDefinition chart, List<RowFilter> viewFilters) {
        List<RowFilter> filters = filters(chart, viewFilters);
        return chart.query()
            .map(q -> queries.aggregate(dataset.id(), q.where(filters)).groups())
            .orElseGet(() -> queries.distinct(dataset.id(), chart.dimension(), filters, 1000)
                .stream()
                .map(v -> new Group(java.util.Arrays.asList(v.value()), (double) v.rows()))
                .toList());
    }

    /**
     * The view's filters and the chart's own, unless the view filters the same column (a
     * visitor choosing a year replaces the chart's "latest year").
     */
    private static List<RowFilter> filters(ChartDefinition chart, List<RowFilter> viewFilters) {
        List<RowFilter> all = new ArrayList<>(viewFilters);
        chart.filters()
            .stream()
            .filter(own -> viewFilters.stream().noneMatch(v -> v.column().equals(own.column())))
            .forEach(all::add);
        return all;
    }

    private RegionChart region(Dataset dataset, ChartDefinition chart, List<RowFilter> viewFilters, String title,
            @Nullable String unit) {
        SchemaFacts facts = factsReader.facts(dataset);
        if (!chart.dimension().equals(facts.regionField()) || facts.region() == null) {
            throw new ValidationException("dimension", "dashboard.error.chart.notRegion", chart.dimension());
        }
        List<Group> values = groups(dataset, chart, viewFilters);
        Map<String, Long> rows = new HashMap<>();
        if (chart.measure() != null) {
            AggregationQuery count = new AggregationQuery(chart.measure(), Aggregate.COUNT, chart.groupBy(),
                    filters(chart, viewFilters));
            queries.aggregate(dataset.id(), count)
                .groups()
                .forEach(g -> rows.put(String.valueOf(g.keys().getFirst()),
                        g.value() == null ? 0 : g.value().longValue()));
        }
        List<RegionFigure> figures = values.stream().map(g -> {
            String code = g.keys().getFirst();
            long n = chart.measure() == null ? (g.value() == null ? 0 : g.value().longValue())
                    : rows.getOrDefault(String.valueOf(code), 0L);
            return new RegionFigure(code, g.value(), n);
        }).toList();
        return regionCharts
            .chart(new RegionFigures(title, facts.region().level(), facts.region().system(), figures, unit));
    }

    /** "Jumlah penduduk", not "Jumlah Jumlah penduduk" when the field already says it. */
    private String measureTitle(Dataset dataset, ChartDefinition chart, Locale locale) {
        String field = fieldTitle(dataset, Objects.requireNonNull(chart.measure()));
        String aggregated = t(locale, "dashboard.aggregate." + chart.aggregation().name(), field);
        String prefix = aggregated.substring(0, aggregated.length() - field.length()).strip();
        boolean repeats = aggregated.endsWith(field) && !prefix.isEmpty()
                && field.toLowerCase(locale).startsWith(prefix.toLowerCase(locale));
        return repeats ? field : aggregated;
    }

    private String title(Dataset dataset, ChartDefinition chart, Locale locale) {
        String dimension = fieldTitle(dataset, chart.dimension());
        String what = chart.measure() == null ? t(locale, "dashboard.chart.rows")
                : measureTitle(dataset, chart, locale);
        String title = chart.dimension2() == null ? t(locale, "dashboard.chart.title", what, dimension)
                : t(locale, "dashboard.chart.title2", what, dimension, fieldTitle(dataset, chart.dimension2()));
        return chart.filterColumn() == null ? title : t(locale, "dashboard.chart.filtered", title,
                fieldTitle(dataset, chart.filterColumn()), chart.filterValue());
    }

    private static String fieldTitle(Dataset dataset, String name) {
        return dataset.schema().field(name).map(SchemaField::title).orElse(name);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

}
