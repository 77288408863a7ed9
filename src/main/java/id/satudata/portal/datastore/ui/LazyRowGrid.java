package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import id.satudata.portal.datastore.CellText;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.query.RowQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A dataset's rows in a lazy grid: the row number, then one column per schema field,
 * sortable, with a filter field under its header. Pages, the sort and the filters go to
 * the query service (row-number ranges in the natural order, position-index seeks when
 * sorted or filtered), so the grid stays fast on millions of rows.
 */
public class LazyRowGrid extends Grid<DataRow> {

    private final Dataset dataset;

    private final DatasetQueryService queries;

    private final BiFunction<SchemaField, String, RowFilter> filter;

    private final Map<SchemaField, TextField> filters = new LinkedHashMap<>();

    private final List<Runnable> filterListeners = new ArrayList<>();

    private Supplier<List<RowFilter>> moreFilters = List::of;

    /**
     * @param zone the region's time zone, in which date-times are shown
     * @param filterIdPrefix the id of a column's filter field is this and the column name
     * @param placeholder the placeholder of a column's filter field
     * @param filter the row filter a column's filter field asks for with its (stripped,
     * not blank) text
     */
    public LazyRowGrid(Dataset dataset, DatasetQueryService queries, ZoneId zone, String filterIdPrefix,
            Function<SchemaField, String> placeholder, BiFunction<SchemaField, String, RowFilter> filter) {
        this.dataset = dataset;
        this.queries = queries;
        this.filter = filter;
        addColumn(DataRow::rowNumber).setHeader("#").setWidth("6em").setFlexGrow(0).setSortable(false);
        HeaderRow filterRow = appendHeaderRow();
        List<SchemaField> fields = dataset.schema().fields();
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            int index = i;
            Column<DataRow> column = addColumn(r -> CellText.of(field, r.values().get(index), getLocale(), zone))
                .setHeader(field.title())
                .setKey(field.name())
                .setSortProperty(field.name())
                .setResizable(true)
                .setAutoWidth(true)
                .setTextAlign(field.type().numeric() ? ColumnTextAlign.END : ColumnTextAlign.START);
            TextField filterField = filterField(filterIdPrefix + field.name(), placeholder.apply(field));
            filters.put(field, filterField);
            filterRow.getCell(column).setComponent(filterField);
        }
        setMultiSort(false);
        setItems(this::fetch, this::size);
    }

    private TextField filterField(String id, String placeholder) {
        TextField filterField = new TextField();
        filterField.setPlaceholder(placeholder);
        filterField.setClearButtonVisible(true);
        filterField.setValueChangeMode(ValueChangeMode.LAZY);
        filterField.setWidthFull();
        filterField.setId(id);
        filterField.addValueChangeListener(e -> filterListeners.forEach(Runnable::run));
        return filterField;
    }

    /** Called when the text of a column's filter changes. */
    public void addFilterChangeListener(Runnable listener) {
        filterListeners.add(listener);
    }

    /** Filters of the caller's own fields, applied after the column filters. */
    public void setMoreFilters(Supplier<List<RowFilter>> moreFilters) {
        this.moreFilters = moreFilters;
    }

    /** The number of rows the filters let through. */
    public long count() {
        return queries.count(dataset.id(), rowQuery(new Query<>()));
    }

    private Stream<DataRow> fetch(Query<DataRow, Void> query) {
        return queries.rows(dataset.id(), rowQuery(query), query.getOffset(), query.getLimit()).rows().stream();
    }

    private int size(Query<DataRow, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(dataset.id(), rowQuery(query)));
    }

    /** The grid's sort and the filters as a row query. */
    private RowQuery rowQuery(Query<DataRow, Void> query) {
        List<RowFilter> active = new ArrayList<>();
        filters.forEach((field, filterField) -> {
            String value = filterField.getValue().strip();
            if (!value.isEmpty()) {
                active.add(filter.apply(field, value));
            }
        });
        active.addAll(moreFilters.get());
        RowQuery rowQuery = RowQuery.all().filteredBy(active);
        if (!query.getSortOrders().isEmpty()) {
            var order = query.getSortOrders().get(0);
            rowQuery = rowQuery.sortedBy(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
        }
        return rowQuery;
    }

}
