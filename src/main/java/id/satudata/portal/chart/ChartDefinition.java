package id.satudata.portal.chart;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.query.AggregationQuery;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one dashboard chart shows: its kind, the dimension it groups by (and an optional
 * second one, one series per value), the measure and how it is aggregated (no measure:
 * rows are counted), an optional filter "column = value", and how many groups ranked
 * charts keep.
 */
public record ChartDefinition(ChartKind kind, String dimension, @Nullable String dimension2, @Nullable String measure,
        Aggregate aggregation, @Nullable String filterColumn, @Nullable String filterValue, int topN) {

    public static final int DEFAULT_TOP = 15;

    public static final int MAX_TOP = 100;

    public ChartDefinition {
        if ((filterColumn == null) != (filterValue == null)) {
            throw new IllegalArgumentException("A filter needs a column and a value");
        }
    }

    /** A chart of the measure per dimension, unfiltered. */
    public static ChartDefinition of(ChartKind kind, String dimension, @Nullable String measure,
            Aggregate aggregation) {
        return new ChartDefinition(kind, dimension, null, measure, aggregation, null, null, DEFAULT_TOP);
    }

    public ChartDefinition withFilter(@Nullable String column, @Nullable String value) {
        return new ChartDefinition(kind, dimension, dimension2, measure, aggregation, column, value, topN);
    }

    public ChartDefinition withKind(ChartKind newKind) {
        return new ChartDefinition(newKind, dimension, dimension2, measure, aggregation, filterColumn, filterValue,
                topN);
    }

    /** The filters of the chart's query (none or one EQUALS filter). */
    public List<RowFilter> filters() {
        return filterColumn == null ? List.of() : List.of(RowFilter.equalTo(filterColumn, filterValue));
    }

    /** The dimensions grouped by, in order. */
    public List<String> groupBy() {
        List<String> groups = new ArrayList<>(List.of(dimension));
        if (dimension2 != null) {
            groups.add(dimension2);
        }
        return groups;
    }

    /**
     * The aggregation to ask the datastore for; empty when the chart counts rows (no
     * measure), which {@code DatasetQueryService.distinct} answers.
     */
    public Optional<AggregationQuery> query() {
        return measure == null ? Optional.empty()
                : Optional.of(new AggregationQuery(measure, aggregation, groupBy(), filters()));
    }

    /**
     * Checks the definition against the dataset's schema: dimensions are dimensions, the
     * measure is numeric, a map has no second dimension, a pie one series.
     */
    public ChartDefinition validate(TableSchema schema) {
        requireDimension(schema, "dimension", dimension);
        if (dimension2 != null) {
            requireDimension(schema, "dimension2", dimension2);
            if (dimension2.equals(dimension) || kind == ChartKind.MAP || kind == ChartKind.PIE) {
                throw new ValidationException("dimension2", "dashboard.error.chart.dimension2");
            }
        }
        if (measure != null && !schema.field(measure).map(SchemaField::isMeasure).orElse(false)) {
            throw new ValidationException("measure", "dashboard.error.chart.measure", measure);
        }
        if (measure == null && (aggregation != Aggregate.COUNT || dimension2 != null)) {
            throw new ValidationException("aggregation", "dashboard.error.chart.countOnly");
        }
        if (filterColumn != null && schema.field(filterColumn).isEmpty()) {
            throw new ValidationException("filterColumn", "dashboard.error.chart.column", filterColumn);
        }
        if (filterValue != null && (filterValue.isBlank() || filterValue.length() > 500)) {
            throw new ValidationException("filterValue", "dashboard.error.chart.filterValue");
        }
        if (topN < 1 || topN > MAX_TOP) {
            throw new ValidationException("topN", "dashboard.error.chart.topN", MAX_TOP);
        }
        return this;
    }

    private static void requireDimension(TableSchema schema, String field, String name) {
        if (!schema.field(name).map(SchemaField::isDimension).orElse(false)) {
            throw new ValidationException(field, "dashboard.error.chart.dimension", name);
        }
    }

}
