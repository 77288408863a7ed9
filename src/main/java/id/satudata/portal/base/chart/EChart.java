package id.satudata.portal.base.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;

/**
 * The {@code <sd-echart>} web component (frontend/components/sd-echart.js): draws an
 * ECharts option given as JSON, as SVG, and describes the chart to screen readers.
 */
@Tag("sd-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/sd-echart.js")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    /**
     * Sets the ECharts option (JSON), the accessible name of the chart and the unit the
     * tooltip appends to values (formatted in the page's language).
     */
    public void setOption(String optionJson, String label, @Nullable String unit) {
        getElement().setProperty("unit", unit == null ? "" : unit);
        getElement().setProperty("option", optionJson);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
    }

    public String getOption() {
        return getElement().getProperty("option", "");
    }

}
