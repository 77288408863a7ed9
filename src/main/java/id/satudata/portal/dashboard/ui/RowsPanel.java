package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.datastore.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetQueryService;
import id.satudata.portal.datastore.Field;
import id.satudata.portal.datastore.FieldType;
import id.satudata.portal.datastore.RowFilter;
import id.satudata.portal.datastore.RowQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The dataset's rows in a lazy grid (pages by row range or position-index seeks, so it
 * stays fast on millions of rows): sortable, a filter per column (text contains; exact
 * value for numbers, years and dates), and a text filter on a chosen column.
 */
class RowsPanel extends VerticalLayout {

    private final Dataset dataset;

    private final DatasetQueryService queries;

    final Grid<DataRow> grid = new Grid<>();

    final Map<String, TextField> filters = new LinkedHashMap<>();

    final TextField text = new TextField();

    final Select<Field> textColumn = new Select<>();

    private final Span count = new Span();

    private final DashFormat format;

    RowsPanel(Dataset dataset, DatasetQueryService queries, DashFormat format) {
        this.dataset = dataset;
        this.queries = queries;
        this.format = format;
        setId("dashboard-rows");
        setPadding(false);
        List<Field> textFields = dataset.schema().fields().stream().filter(f -> f.type() == FieldType.STRING).toList();
        text.setId("rows-text");
        text.setPlaceholder(format.t("dashboard.rows.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        textColumn.setId("rows-text-column");
        textColumn.setItems(textFields);
        textColumn.setItemLabelGenerator(Field::title);
        textFields.stream().findFirst().ifPresent(textColumn::setValue);
        textColumn.addValueChangeListener(e -> refresh());
        text.setVisible(!textFields.isEmpty());
        textColumn.setVisible(!textFields.isEmpty());
        grid.setId("rows-grid");
        grid.setHeight("26em");
        grid.addColumn(DataRow::rowNumber).setHeader("#").setWidth("6em").setFlexGrow(0);
        HeaderRow filterRow = grid.appendHeaderRow();
        for (int i = 0; i < dataset.schema().fields().size(); i++) {
            Field field = dataset.schema().fields().get(i);
            int index = i;
            Grid.Column<DataRow> column = grid
                .addColumn(r -> r.values().get(index) == null ? "" : r.values().get(index).toString())
                .setHeader(field.title())
                .setKey(field.name())
                .setSortProperty(field.name())
                .setResizable(true)
                .setAutoWidth(true);
            TextField filter = new TextField();
            filter.setPlaceholder(
                    format.t(field.type() == FieldType.STRING ? "dashboard.rows.contains" : "dashboard.rows.equals"));
            filter.setClearButtonVisible(true);
            filter.setValueChangeMode(ValueChangeMode.LAZY);
            filter.setWidthFull();
            filter.setId("rows-filter-" + field.name());
            filter.addValueChangeListener(e -> refresh());
            filters.put(field.name(), filter);
            filterRow.getCell(column).setComponent(filter);
        }
        grid.setMultiSort(false);
        grid.setItems(this::fetch, this::size);
        count.setId("rows-count");
        HorizontalLayout bar = new HorizontalLayout(text, textColumn, count);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, grid);
        refresh();
    }

    private Stream<DataRow> fetch(Query<DataRow, Void> query) {
        return queries.rows(dataset.id(), rowQuery(query), query.getOffset(), query.getLimit()).rows().stream();
    }

    private int size(Query<DataRow, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(dataset.id(), rowQuery(query)));
    }

    RowQuery rowQuery(Query<DataRow, Void> query) {
        List<RowFilter> active = new ArrayList<>();
        filters.forEach((column, field) -> {
            String value = field.getValue().strip();
            if (!value.isEmpty()) {
                boolean text = dataset.schema().field(column).map(f -> f.type() == FieldType.STRING).orElse(true);
                active.add(text ? RowFilter.contains(column, value) : RowFilter.equalTo(column, value));
            }
        });
        if (!text.getValue().isBlank() && textColumn.getValue() != null) {
            active.add(RowFilter.contains(textColumn.getValue().name(), text.getValue().strip()));
        }
        RowQuery rowQuery = RowQuery.all().filteredBy(active);
        if (!query.getSortOrders().isEmpty()) {
            var order = query.getSortOrders().get(0);
            rowQuery = rowQuery.sortedBy(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
        }
        return rowQuery;
    }

    private void refresh() {
        try {
            long rows = queries.count(dataset.id(), rowQuery(new Query<>()));
            count.setText(format.t("dashboard.rows.count", format.number(rows)));
            grid.getDataProvider().refreshAll();
        }
        catch (PortalException e) {
            count.setText(format.t("dashboard.rows.badFilter"));
        }
    }

}
