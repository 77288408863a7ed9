package id.satudata.portal.base.chart.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.ChartSeries;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import org.springframework.context.annotation.Primary;

/**
 * Draws the chart model with Vaadin Charts (commercial). Compiled only with the {@code vaadin-charts}
 * Maven profile, for deployments holding a Vaadin subscription; it then replaces the ECharts renderer.
 */
@org.springframework.stereotype.Component
@Primary
public class VaadinChartsRenderer implements ChartRenderer {

    @Override
    public Component render(ChartSpec spec) {
        Chart chart = new Chart(typeOf(spec.type()));
        chart.setWidthFull();
        chart.setHeight("320px");
        Configuration conf = chart.getConfiguration();
        conf.setTitle(spec.title());
        if (spec.type() == ChartType.PIE) {
            DataSeries slices = new DataSeries(spec.series().getFirst().name());
            for (int i = 0; i < spec.categories().size(); i++) {
                slices.add(new DataSeriesItem(spec.categories().get(i), spec.series().getFirst().values().get(i)));
            }
            conf.addSeries(slices);
            return chart;
        }
        XAxis x = new XAxis();
        x.setCategories(spec.categories().toArray(String[]::new));
        conf.addxAxis(x);
        YAxis y = new YAxis();
        y.setTitle(spec.unit() == null ? "" : spec.unit());
        conf.addyAxis(y);
        for (ChartSeries s : spec.series()) {
            conf.addSeries(new ListSeries(s.name(), s.values().toArray(Number[]::new)));
        }
        return chart;
    }

    private static com.vaadin.flow.component.charts.model.ChartType typeOf(ChartType type) {
        return switch (type) {
            case BAR -> com.vaadin.flow.component.charts.model.ChartType.BAR;
            case COLUMN -> com.vaadin.flow.component.charts.model.ChartType.COLUMN;
            case LINE -> com.vaadin.flow.component.charts.model.ChartType.LINE;
            case AREA -> com.vaadin.flow.component.charts.model.ChartType.AREA;
            case PIE -> com.vaadin.flow.component.charts.model.ChartType.PIE;
        };
    }
}
