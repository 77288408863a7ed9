package id.satudata.portal.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.satudata.portal.chart.ChartRenderer;
import id.satudata.portal.chart.ChartSpec;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.RowFilter;
import java.util.List;
import java.util.Optional;

/** The automatic chart of a dataset page, redrawn for the filtered view. */
class DatasetChart extends Div {

    private final Dataset dataset;

    private final DatasetCharts charts;

    private final ChartRenderer renderer;

    private final Optional<ChartPlan> plan;

    DatasetChart(Dataset dataset, DatasetCharts charts, ChartRenderer renderer) {
        this.dataset = dataset;
        this.charts = charts;
        this.renderer = renderer;
        this.plan = charts.plan(dataset);
        setId("dataset-chart");
        addClassName("dataset-chart");
    }

    void show(List<RowFilter> filters) {
        removeAll();
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("portal.dataset.chart.none")));
            return;
        }
        ChartPlan chosen = plan.get();
        String measure = chosen.countsRows() ? getTranslation("portal.dataset.chart.rows") : chosen.measure().title()
                + " (" + getTranslation("portal.dataset.chart." + chosen.function().name()) + ")";
        ChartSpec spec = charts.spec(dataset, chosen, filters,
                getTranslation("portal.dataset.chart.title", measure, chosen.dimension().title()), measure);
        if (spec.isEmpty()) {
            add(new Paragraph(getTranslation("portal.list.empty")));
            return;
        }
        add(renderer.render(spec));
    }

}
