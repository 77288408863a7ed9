package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.FieldType;
import id.satudata.portal.datastore.query.RowFilter;
import id.satudata.portal.datastore.ui.LazyRowGrid;
import java.util.List;

/**
 * The dataset's rows in a lazy grid (pages by row range or position-index seeks, so it
 * stays fast on millions of rows): sortable, a filter per column (text contains; exact
 * value for numbers, years and dates), and a text filter on a chosen column.
 */
class RowsPanel extends VerticalLayout {

    final LazyRowGrid grid;

    final TextField text = new TextField();

    final Select<SchemaField> textColumn = new Select<>();

    private final Span count = new Span();

    private final DashFormat format;

    RowsPanel(Dataset dataset, DatasetQueryService queries, DashFormat format) {
        this.format = format;
        setId("dashboard-rows");
        setPadding(false);
        List<SchemaField> textFields = dataset.schema().fields().stream().filter(RowsPanel::isText).toList();
        text.setId("rows-text");
        text.setPlaceholder(format.t("dashboard.rows.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        textColumn.setId("rows-text-column");
        textColumn.setItems(textFields);
        textColumn.setItemLabelGenerator(SchemaField::title);
        textFields.stream().findFirst().ifPresent(textColumn::setValue);
        textColumn.addValueChangeListener(e -> refresh());
        text.setVisible(!textFields.isEmpty());
        textColumn.setVisible(!textFields.isEmpty());
        grid = new LazyRowGrid(dataset, queries, format.zone(), "rows-filter-",
                field -> format.t(isText(field) ? "dashboard.rows.contains" : "dashboard.rows.equals"),
                RowsPanel::columnFilter);
        grid.setId("rows-grid");
        grid.setHeight("26em");
        grid.setMoreFilters(this::textSearch);
        grid.addFilterChangeListener(this::refresh);
        count.setId("rows-count");
        HorizontalLayout bar = new HorizontalLayout(text, textColumn, count);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, grid);
        refresh();
    }

    private static boolean isText(SchemaField field) {
        return field.type() == FieldType.STRING;
    }

    /**
     * Text columns find part of the text; numbers, years and dates only the exact value.
     */
    private static RowFilter columnFilter(SchemaField field, String value) {
        return isText(field) ? RowFilter.contains(field.name(), value) : RowFilter.equalTo(field.name(), value);
    }

    private List<RowFilter> textSearch() {
        if (text.getValue().isBlank() || textColumn.getValue() == null) {
            return List.of();
        }
        return List.of(RowFilter.contains(textColumn.getValue().name(), text.getValue().strip()));
    }

    private void refresh() {
        try {
            long rows = grid.count();
            count.setText(format.t("dashboard.rows.count", format.number(rows)));
            grid.getDataProvider().refreshAll();
        }
        catch (PortalException e) {
            count.setText(format.t("dashboard.rows.badFilter"));
        }
    }

}
