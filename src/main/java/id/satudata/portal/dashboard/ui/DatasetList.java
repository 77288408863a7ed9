package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.satudata.portal.dashboard.DatasetEntry;
import id.satudata.portal.dashboard.Freshness;
import java.util.List;
import java.util.function.Consumer;

/** The OPD's datasets: rows, last load and its status, freshness; a click opens one. */
class DatasetList extends Grid<DatasetEntry> {

    DatasetList(List<DatasetEntry> entries, DashFormat format, Consumer<DatasetEntry> open) {
        setId("dashboard-datasets");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(e -> e.dataset().title()).setHeader(format.t("dashboard.dataset.title"))
            .setFlexGrow(4)
            .setSortable(true);
        addColumn(e -> format.number(e.dataset().rowCount())).setHeader(format.t("dashboard.dataset.rows"))
            .setComparator(e -> e.dataset().rowCount())
            .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
            .setFlexGrow(1);
        addColumn(e -> format.time(e.dataset().lastLoadAt())).setHeader(format.t("dashboard.dataset.lastLoad"))
            .setFlexGrow(2);
        addColumn(new ComponentRenderer<>(e -> badge(e.freshness(), format)))
            .setHeader(format.t("dashboard.dataset.freshness"))
            .setFlexGrow(1);
        addColumn(
                e -> e.loads().lastStatus() == null ? "" : format.t("dashboard.load." + e.loads().lastStatus().name()))
            .setHeader(format.t("dashboard.dataset.lastStatus"))
            .setFlexGrow(1);
        addColumn(e -> e.loads().rejected() == 0 ? "" : format.number(e.loads().rejected()))
            .setHeader(format.t("dashboard.dataset.rejected"))
            .setFlexGrow(1);
        setItems(entries);
        setAllRowsVisible(entries.size() <= 12);
        if (entries.size() > 12) {
            setHeight("24em");
        }
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    static Span badge(Freshness freshness, DashFormat format) {
        Span badge = new Span(format.t("dashboard.freshness." + freshness.name()));
        badge.getElement().getThemeList().add("badge pill small");
        switch (freshness) {
            case FRESH -> badge.getElement().getThemeList().add("success");
            case STALE -> badge.getElement().getThemeList().add("error");
            default -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

}
