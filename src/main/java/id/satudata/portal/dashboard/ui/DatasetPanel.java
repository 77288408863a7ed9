package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.dashboard.DashboardService;
import id.satudata.portal.dashboard.DatasetEntry;
import id.satudata.portal.datastore.query.DatasetQueryService;

/**
 * One dataset of the dashboard: charts, the rows, data quality; tabs built when opened.
 */
class DatasetPanel extends Div {

    final TabSheet tabs = new TabSheet();

    DatasetPanel(DatasetEntry entry, DashboardCharts charts, DashboardService dashboards, DatasetQueryService queries,
            ChartRenderer renderer, DashFormat format) {
        setId("dashboard-dataset");
        addClassName("dash-dataset");
        H3 title = new H3(entry.dataset().title());
        title.setId("dataset-title");
        add(title);
        if (!entry.dataset().description().isBlank()) {
            Paragraph description = new Paragraph(entry.dataset().description());
            description.addClassName("dash-muted");
            add(description);
        }
        tabs.setId("dataset-tabs");
        tabs.setWidthFull();
        tabs.add(format.t("dashboard.tab.charts"), new ChartsPanel(entry.dataset(), charts, renderer, format));
        tabs.add(format.t("dashboard.tab.rows"), new Lazy(() -> new RowsPanel(entry.dataset(), queries, format)));
        tabs.add(format.t("dashboard.tab.quality"),
                new Lazy(() -> new QualityPanel(dashboards.quality(entry.dataset().id()), renderer, format)));
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getComponent(e.getSelectedTab()) instanceof Lazy lazy) {
                lazy.build();
            }
        });
        add(tabs);
    }

    /** A tab's content built the first time it is shown. */
    static final class Lazy extends Div {

        private final java.util.function.Supplier<com.vaadin.flow.component.Component> content;

        private boolean built;

        Lazy(java.util.function.Supplier<com.vaadin.flow.component.Component> content) {
            this.content = content;
            setWidthFull();
        }

        void build() {
            if (!built) {
                built = true;
                add(content.get());
            }
        }

    }

}
