package id.satudata.portal.base.chart;

import com.vaadin.flow.component.Component;

/**
 * Draws a {@link ChartSpec} as a UI component. The default is ECharts; a Vaadin Charts
 * adapter exists only in builds with the {@code vaadin-charts} profile.
 */
public interface ChartRenderer {

    Component render(ChartSpec spec);

}
