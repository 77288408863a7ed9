package id.satudata.portal.chart;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.query.AggregationResult.Group;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.region.RegionChart;
import id.satudata.portal.region.RegionCharts;
import id.satudata.portal.region.RegionFigure;
import id.satudata.portal.region.RegionFigures;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charts of a dataset's dashboard: the ones staff saved, else the automatic choice
 * ({@link ChartChoice}), each computed from the datastore's aggregations and returned as
 * a {@link DashboardChart} ready to draw (the report renders the same {@code ChartSpec}
 * to PNG). Reading needs the dataset to be visible to the caller; saving and resetting
 * charts is for ADMINISTRATOR and TEKNIS.
 */
@Service
public class DashboardCharts {

    private final DatasetService datasets;

    private final DatasetQueryService queries;

    private final RegionCharts regionCharts;

    private final SchemaFactsReader factsReader;

    private final ChartRepository charts;

    private final CurrentCaller caller;

    private final Clock clock;

    private final MessageSource messages;

    DashboardCharts(DatasetService datasets, DatasetQueryService queries, RegionCharts regionCharts,
            SchemaFactsReader factsReader, ChartRepository charts, CurrentCaller caller, Clock clock,
            MessageSource messages) {
        this.datasets = datasets;
        this.queries = queries;
        this.regionCharts = regionCharts;
        this.factsReader = factsReader;
        this.charts = charts;
        this.caller = caller;
        this.clock = clock;
        this.messages = messages;
    }

    /** The dataset's charts in order: saved ones, else the automatic choice. */
    @Transactional(readOnly = true)
    public List<DashboardChart> charts(long datasetId, Locale locale) {
        Dataset dataset = datasets.get(datasetId);
        List<SavedChart> saved = charts.findByDataset(datasetId);
        List<DashboardChart> result = new ArrayList<>();
        if (!saved.isEmpty()) {
            for (SavedChart chart : saved) {
                if (fits(chart.definition(), dataset)) {
                    result.add(draw(dataset, chart.position(), chart.id(), chart.definition(), locale));
                }
            }
            if (!result.isEmpty()) {
                return result;
            }
        }
        return automatic(dataset, List.of(), locale);
    }

    /**
     * The automatic charts that show something (a choice can come out empty, e.g. a code
     * column read as regions whose values match no region); all of them when none does,
     * so an empty view still says why.
     */
    private List<DashboardChart> automatic(Dataset dataset, List<RowFilter> viewFilters, Locale locale) {
        List<ChartDefinition> chosen = ChartChoice.choose(factsReader.facts(dataset));
        List<DashboardChart> drawn = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            drawn.add(draw(dataset, i, null, chosen.get(i), viewFilters, locale));
        }
        List<DashboardChart> showing = drawn.stream().filter(c -> !c.spec().isEmpty()).toList();
        return showing.isEmpty() ? drawn : showing;
    }

    /**
     * The dataset's first chart (saved, else automatic) over the rows passing the view's
     * filters: what the public dataset page shows, so portal and dashboard never
     * disagree. Empty when the dataset offers no chart.
     */
    @Transactional(readOnly = true)
    public Optional<DashboardChart> firstChart(long datasetId, List<RowFilter> viewFilters, Locale locale) {
        Dataset dataset = datasets.get(datasetId);
        Optional<SavedChart> saved = charts.findByDataset(datasetId)
            .stream()
            .filter(c -> fits(c.definition(), dataset))
            .findFirst();
        if (saved.isPresent()) {
            return Optional.of(draw(dataset, saved.get().position(), saved.get().id(), saved.get().definition(),
                    viewFilters, locale));
        }
        // drawn one at a time: each automatic chart costs an aggregation
        List<ChartDefinition> chosen = ChartChoice.choose(factsReader.facts(dataset));
        Optional<DashboardChart> firstDrawn = Optional.empty();
        for (int i = 0; i < chosen.size(); i++) {
            DashboardChart chart = draw(dataset, i, null, chosen.get(i), viewFilters, locale);
            if (!chart.spec().isEmpty()) {
                return Optional.of(chart);
            }
            firstDrawn = firstDrawn.or(() -> Optional.of(chart));
        }
        return firstDrawn;
    }

    /** The facts the automatic choice used (region column, latest period...). */
    @Transactional(readOnly = true)
    public SchemaFacts facts(long datasetId) {
        return factsReader.facts(datasets.get(datasetId));
    }

    /** A chart drawn from a definition without saving it (the editor's preview). */
    @Transactional(readOnly = true)
    public DashboardChart preview(long datasetId, int position, ChartDefinition definition, Locale locale) {
        Dataset dataset = datasets.get(datasetId);
        return draw(dataset, position, null, definition.validate(dataset.schema()), locale);
    }

    /** Whether the caller may save and reset charts. */
    public boolean mayEdit() {
        return caller.get().hasAny(java.util.Set.of(Role.ADMINISTRATOR, Role.TEKNIS));
    }

    /** Saves (or replaces) the chart at a position of the dataset's dashboard. */
    @Transactional
    public SavedChart save(long datasetId, int position, ChartDefinition definition) {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR, Role.TEKNIS);
        Dataset dataset = datasets.get(datasetId);
        if (position < 0 || position > 9) {
            throw new ValidationException("position", "dashboard.error.chart.position");
        }
        definition.validate(dataset.schema());
        if (definition.kind() == ChartKind.MAP
                && !definition.dimension().equals(factsReader.facts(dataset).regionField())) {
            throw new ValidationException("dimension", "dashboard.error.chart.notRegion", definition.dimension());
        }
        if (charts.findByDataset(datasetId).isEmpty() && position > 0) {
            keepAutomatic(dataset, who);
        }
        return charts.save(datasetId, position, definition, who.userId(), who.name(), OffsetDateTime.now(clock));
    }

    /** Removes a saved chart; with none left the automatic choice returns. */
    @Transactional
    public void reset(long datasetId, int position) {
        caller.get().requireAnyRole(Role.ADMINISTRATOR, Role.TEKNIS);
        datasets.get(datasetId);
        charts.delete(datasetId, position);
    }

    /**
     * Saving a second chart first keeps the automatic ones before it, so the dashboard
     * does not lose them.
     */
    private void keepAutomatic(Dataset dataset, Caller who) {
        List<ChartDefinition> automatic = ChartChoice.choose(factsReader.facts(dataset));
        for (int i = 0; i < automatic.size(); i++) {
            charts.save(dataset.id(), i, automatic.get(i), who.userId(), who.name(), OffsetDateTime.now(clock));
        }
    }

    /**
     * A saved chart whose columns a later schema change removed is left out, and so is a
     * saved map whose column no longer holds regions its map can show (new data, or
     * boundaries replaced by a set without them).
     */
    private boolean fits(ChartDefinition chart, Dataset dataset) {
        try {
            chart.validate(dataset.schema());
        }
        catch (ValidationException e) {
            return false;
        }
        return chart.kind() != ChartKind.MAP || chart.dimension().equals(factsReader.facts(dataset).regionField());
    }

    private DashboardChart draw(Dataset dataset, int position, @Nullable Long savedId, ChartDefinition chart,
            Locale locale) {
        return draw(dataset, position, savedId, chart, List.of(), locale);
    }

    private DashboardChart draw(Dataset dataset, int position, @Nullable Long savedId, ChartDefinition chart,
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
