package id.satudata.portal.chart;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charts of a dataset's dashboard: the ones staff saved, else the automatic choice
 * ({@link ChartChoice}), each drawn by {@link ChartDrawing} as a {@link DashboardChart}
 * (the report renders the same {@code ChartSpec} to PNG). This class decides which charts
 * and who may do what: reading needs the dataset to be visible to the caller; saving and
 * resetting charts is for ADMINISTRATOR and TEKNIS.
 */
@Service
public class DashboardCharts {

    private final DatasetService datasets;

    private final ChartDrawing drawing;

    private final SchemaFactsReader factsReader;

    private final ChartRepository charts;

    private final CurrentCaller caller;

    private final Clock clock;

    DashboardCharts(DatasetService datasets, ChartDrawing drawing, SchemaFactsReader factsReader,
            ChartRepository charts, CurrentCaller caller, Clock clock) {
        this.datasets = datasets;
        this.drawing = drawing;
        this.factsReader = factsReader;
        this.charts = charts;
        this.caller = caller;
        this.clock = clock;
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
                    result.add(drawing.draw(dataset, chart.position(), chart.id(), chart.definition(), locale));
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
            drawn.add(drawing.draw(dataset, i, null, chosen.get(i), viewFilters, locale));
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
            return Optional.of(drawing.draw(dataset, saved.get().position(), saved.get().id(), saved.get().definition(),
                    viewFilters, locale));
        }
        // drawn one at a time: each automatic chart costs an aggregation
        List<ChartDefinition> chosen = ChartChoice.choose(factsReader.facts(dataset));
        Optional<DashboardChart> firstDrawn = Optional.empty();
        for (int i = 0; i < chosen.size(); i++) {
            DashboardChart chart = drawing.draw(dataset, i, null, chosen.get(i), viewFilters, locale);
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
        return drawing.draw(dataset, position, null, definition.validate(dataset.schema()), locale);
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

}
