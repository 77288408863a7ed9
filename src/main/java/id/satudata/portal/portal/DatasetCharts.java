package id.satudata.portal.portal;

import id.satudata.portal.chart.ChartSpec;
import id.satudata.portal.chart.ChartType;
import id.satudata.portal.datastore.AggregationQuery;
import id.satudata.portal.datastore.AggregationResult;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetQueryService;
import id.satudata.portal.datastore.RowFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The automatic chart of a dataset page: {@link ChartChooser} picks measure, dimension
 * and type from the schema; the values come from {@link DatasetQueryService#aggregate}
 * (rollups where they answer). Bars keep the {@link ChartChooser#MAX_CATEGORIES} largest
 * groups.
 */
@Component
class DatasetCharts {

    private final DatasetQueryService queries;

    DatasetCharts(DatasetQueryService queries) {
        this.queries = queries;
    }

    /** The chart's plan for the dataset, or empty when the schema offers none. */
    Optional<ChartPlan> plan(Dataset dataset) {
        return ChartChooser.choose(dataset.schema(),
                field -> queries.distinct(dataset.id(), field.name(), List.of(), ChartChooser.MAX_CATEGORIES + 1)
                    .size());
    }

    /**
     * The chart of the plan over the rows passing the filters.
     * @param title the chart's title
     * @param seriesName the name of the values (the measure, or "number of rows")
     */
    ChartSpec spec(Dataset dataset, ChartPlan plan, List<RowFilter> filters, String title, String seriesName) {
        AggregationResult result = queries.aggregate(dataset.id(),
                AggregationQuery.of(plan.measure().name(), plan.function(), plan.dimension().name()).where(filters));
        List<AggregationResult.Group> groups = new ArrayList<>(
                result.groups().stream().filter(g -> g.keys().get(0) != null).toList());
        if (plan.type() != ChartType.LINE && groups.size() > ChartChooser.MAX_CATEGORIES) {
            groups.sort(Comparator.comparing(DatasetCharts::value).reversed());
            groups = groups.subList(0, ChartChooser.MAX_CATEGORIES);
        }
        List<String> categories = groups.stream().map(g -> String.valueOf(g.keys().get(0))).toList();
        List<@Nullable Double> values = new ArrayList<>();
        groups.forEach(g -> values.add(g.value()));
        return ChartSpec.of(plan.type(), title, categories, seriesName, values,
                plan.countsRows() ? null : plan.measure().unit());
    }

    private static double value(AggregationResult.Group group) {
        return group.value() == null ? Double.NEGATIVE_INFINITY : group.value();
    }

}
