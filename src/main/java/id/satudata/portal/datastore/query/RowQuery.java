package id.satudata.portal.datastore.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which rows, in which order: filters (all must hold) and an optional sort column (ties
 * and the natural order by row number). Ascending puts missing values last, descending
 * first.
 */
public record RowQuery(List<RowFilter> filters, @Nullable String sortColumn, boolean descending) {

    public RowQuery {
        filters = List.copyOf(filters);
    }

    public static RowQuery all() {
        return new RowQuery(List.of(), null, false);
    }

    public RowQuery sortedBy(String column, boolean desc) {
        return new RowQuery(filters, column, desc);
    }

    public RowQuery filteredBy(List<RowFilter> newFilters) {
        return new RowQuery(newFilters, sortColumn, descending);
    }

    /** The natural order of all rows: pages are ranges of row numbers. */
    public boolean natural() {
        return filters.isEmpty() && sortColumn == null;
    }

}
