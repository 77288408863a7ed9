package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.datastore.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetQueryService;
import id.satudata.portal.datastore.Field;
import id.satudata.portal.datastore.RowFilter;
import id.satudata.portal.datastore.RowQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rows of a dataset in a lazy grid: pages come from the query service (row-number
 * ranges in the natural order, position-index seeks when sorted or filtered), sortable by
 * any column, with a text filter per column.
 */
class DataPreview extends VerticalLayout {

    private final Dataset dataset;

    private final DatasetQueryService queries;

    final Grid<DataRow> grid = new Grid<>();

    final Map<String, TextField> filters = new LinkedHashMap<>();

    private final Span count = new Span();

    DataPreview(Dataset dataset, DatasetQueryService queries) {
        this.dataset = dataset;
        this.queries = queries;
        setId("data-preview");
        setSizeFull();
        if (dataset.schema().isEmpty()) {
            add(new Span(getTranslation("datastore.preview.noSchema")));
            return;
        }
        grid.setId("data-grid");
        grid.setHeight("60vh");
        grid.addColumn(DataRow::rowNumber).setHeader("#").setWidth("6em").setFlexGrow(0).setSortable(false);
        HeaderRow filterRow = grid.appendHeaderRow();
        for (int i = 0; i < dataset.schema().fields().size(); i++) {
            Field field = dataset.schema().fields().get(i);
            int index = i;
            Grid.Column<DataRow> column = grid.addColumn(r -> text(r.values().get(index)))
                .setHeader(field.title())
                .setKey(field.name())
                .setSortProperty(field.name())
                .setResizable(true)
                .setAutoWidth(true);
            TextField filter = new TextField();
            filter.setPlaceholder(getTranslation("datastore.preview.filter"));
            filter.setClearButtonVisible(true);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setWidthFull();
            filter.setId("filter-" + field.name());
            filter.addValueChangeListener(e -> refresh());
            filters.put(field.name(), filter);
            filterRow.getCell(column).setComponent(filter);
        }
        grid.setMultiSort(false);
        grid.setItems(this::fetch, this::size);
        count.setId("data-count");
        add(count, grid);
        refresh();
    }

    private Stream<DataRow> fetch(Query<DataRow, Void> query) {
        return queries.rows(dataset.id(), rowQuery(query), query.getOffset(), query.getLimit()).rows().stream();
    }

    private int size(Query<DataRow, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(dataset.id(), rowQuery(query)));
    }

    /** The grid's sort and the filter fields as a row query. */
    RowQuery rowQuery(Query<DataRow, Void> query) {
        List<RowFilter> active = new ArrayList<>();
        filters.forEach((column, field) -> {
            if (!field.getValue().isBlank()) {
                active.add(RowFilter.contains(column, field.getValue().strip()));
            }
        });
        RowQuery rowQuery = RowQuery.all().filteredBy(active);
        if (!query.getSortOrders().isEmpty()) {
            var order = query.getSortOrders().get(0);
            rowQuery = rowQuery.sortedBy(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
        }
        return rowQuery;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("datastore.preview.count",
                String.format(getLocale(), "%,d", queries.count(dataset.id(), rowQuery(new Query<>())))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
