package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.CellText;
import id.satudata.portal.datastore.query.DataRow;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.DistinctValue;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.query.RowQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The rows of a released dataset in a lazy grid (pages from the query service, sortable
 * by any column) with a select per category column of at most {@link #MAX_FILTER_VALUES}
 * values. A change of the selects is reported, so the chart and the download links follow
 * the filtered view.
 */
class PreviewGrid extends Div {

    static final int MAX_FILTERS = 4;

    static final int MAX_FILTER_VALUES = 60;

    private final Dataset dataset;

    private final DatasetQueryService queries;

    final Grid<DataRow> grid = new Grid<>();

    final Map<String, ComboBox<String>> selects = new LinkedHashMap<>();

    private final Span count = new Span();

    PreviewGrid(Dataset dataset, DatasetQueryService queries, ZoneId zone, Consumer<List<RowFilter>> onFilter) {
        this.dataset = dataset;
        this.queries = queries;
        setId("preview");
        addClassName("preview");
        Div bar = new Div();
        bar.addClassName("filter-bar");
        for (SchemaField field : dataset.schema().dimensions()) {
            if (selects.size() == MAX_FILTERS || !filterable(field)) {
                continue;
            }
            List<DistinctValue> values = queries.distinct(dataset.id(), field.name(), List.of(), MAX_FILTER_VALUES + 1);
            if (values.size() < 2 || values.size() > MAX_FILTER_VALUES) {
                continue;
            }
            ComboBox<String> select = new ComboBox<>(field.title());
            select.setId("filter-" + field.name());
            select.setPlaceholder(getTranslation("portal.dataset.filterAll"));
            select.setClearButtonVisible(true);
            select.setItems(values.stream()
                .map(DistinctValue::value)
                .filter(v -> v != null)
                .map(Object::toString)
                .sorted()
                .toList());
            select.addValueChangeListener(e -> {
                refresh();
                onFilter.accept(filters());
            });
            selects.put(field.name(), select);
            bar.add(select);
        }
        grid.setId("preview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        for (int i = 0; i < dataset.schema().fields().size(); i++) {
            SchemaField field = dataset.schema().fields().get(i);
            int index = i;
            grid.addColumn(r -> CellText.of(field, r.values().get(index), getLocale(), zone))
                .setHeader(field.unit() == null ? field.title() : field.title() + " (" + field.unit() + ")")
                .setKey(field.name())
                .setSortProperty(field.name())
                .setResizable(true)
                .setAutoWidth(true)
                .setTextAlign(field.type().numeric() ? com.vaadin.flow.component.grid.ColumnTextAlign.END
                        : com.vaadin.flow.component.grid.ColumnTextAlign.START);
        }
        grid.setItems(this::fetch, this::size);
        count.setId("preview-count");
        count.addClassName("preview-count");
        add(bar, count, grid);
        refresh();
    }

    /** Identifier and code columns make poor filters. */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern
        .compile("(id|no|nomor|kode.*|.*_id)");

    private static boolean filterable(SchemaField field) {
        return !IDENTIFIER.matcher(field.name()).matches()
                && (field.type() == FieldType.STRING || field.type() == FieldType.YEAR
                        || field.type() == FieldType.BOOLEAN || field.type() == FieldType.INTEGER);
    }

    /** The filters of the selects. */
    List<RowFilter> filters() {
        List<RowFilter> filters = new ArrayList<>();
        selects.forEach((column, select) -> {
            if (select.getValue() != null) {
                filters.add(RowFilter.equalTo(column, select.getValue()));
            }
        });
        return List.copyOf(filters);
    }

    private Stream<DataRow> fetch(Query<DataRow, Void> query) {
        return queries.rows(dataset.id(), rowQuery(query), query.getOffset(), query.getLimit()).rows().stream();
    }

    private int size(Query<DataRow, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(dataset.id(), rowQuery(query)));
    }

    private RowQuery rowQuery(Query<DataRow, Void> query) {
        RowQuery rowQuery = RowQuery.all().filteredBy(filters());
        if (!query.getSortOrders().isEmpty()) {
            var order = query.getSortOrders().get(0);
            rowQuery = rowQuery.sortedBy(order.getSorted(), order.getDirection() == SortDirection.DESCENDING);
        }
        return rowQuery;
    }

    /** The number of rows of the filtered view. */
    long filteredCount() {
        return queries.count(dataset.id(), RowQuery.all().filteredBy(filters()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(
                getTranslation("portal.dataset.previewCount", DisplayFormat.integer(filteredCount(), getLocale())));
    }

}
