package id.satudata.portal.base.chart;

import com.vaadin.flow.component.Component;

/**
 * The default renderer: Apache ECharts in the browser (free; also draws maps). A renderer
 * marked {@code @Primary} (the Vaadin Charts profile) takes its place.
 */
@org.springframework.stereotype.Component
public class EChartsRenderer implements ChartRenderer {

    @Override
    public Component render(ChartSpec spec) {
        EChart chart = new EChart();
        chart.setOption(EChartsOptions.toJson(spec), spec.title(), spec.unit());
        return chart;
    }

}
