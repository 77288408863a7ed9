package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.datastore.query.RowFilter;
import java.time.ZoneId;

/**
 * The rows of a dataset in a {@link LazyRowGrid}, sortable by any column, with a text
 * filter per column that finds part of the value, and the number of rows it lets through.
 */
class DataPreview extends VerticalLayout {

    final LazyRowGrid grid;

    private final Span count = new Span();

    DataPreview(Dataset dataset, DatasetQueryService queries, ZoneId zone) {
        setId("data-preview");
        setSizeFull();
        grid = new LazyRowGrid(dataset, queries, zone, "filter-", field -> getTranslation("datastore.preview.filter"),
                (field, text) -> RowFilter.contains(field.name(), text));
        if (dataset.schema().isEmpty()) {
            add(new Span(getTranslation("datastore.preview.noSchema")));
            return;
        }
        grid.setId("data-grid");
        grid.setHeight("60vh");
        grid.addFilterChangeListener(this::refresh);
        count.setId("data-count");
        add(count, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("datastore.preview.count", DisplayFormat.integer(grid.count(), getLocale())));
    }

}
