package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.chart.DashboardChart;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.query.RowFilter;
import java.util.List;
import java.util.Optional;

/**
 * The dataset's chart as its OPD dashboard shows it (saved by staff, else chosen from the
 * schema), redrawn for the filtered view.
 */
class DatasetChart extends Div {

    private final Dataset dataset;

    private final DashboardCharts charts;

    private final ChartRenderer renderer;

    DatasetChart(Dataset dataset, DashboardCharts charts, ChartRenderer renderer) {
        this.dataset = dataset;
        this.charts = charts;
        this.renderer = renderer;
        setId("dataset-chart");
        addClassName("dataset-chart");
    }

    void show(List<RowFilter> filters) {
        removeAll();
        Optional<DashboardChart> chart = charts.firstChart(dataset.id(), filters, getLocale());
        if (chart.isEmpty()) {
            add(new Paragraph(getTranslation("portal.dataset.chart.none")));
        }
        else if (chart.get().spec().isEmpty()) {
            add(new Paragraph(getTranslation("portal.list.empty")));
        }
        else {
            add(renderer.render(chart.get().spec()));
        }
    }

}
