package id.satudata.portal.datastore.query;

import java.util.List;

/**
 * An aggregation for a chart: a function of one measure, grouped by one or two
 * dimensions, over the rows that pass the filters.
 */
public record AggregationQuery(String measure, Aggregate function, List<String> groupBy, List<RowFilter> filters) {

    public AggregationQuery {
        groupBy = List.copyOf(groupBy);
        filters = List.copyOf(filters);
    }

    public static AggregationQuery of(String measure, Aggregate function, String... groupBy) {
        return new AggregationQuery(measure, function, List.of(groupBy), List.of());
    }

    public AggregationQuery where(List<RowFilter> newFilters) {
        return new AggregationQuery(measure, function, groupBy, newFilters);
    }

}
