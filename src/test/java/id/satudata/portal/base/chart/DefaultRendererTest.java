package id.satudata.portal.base.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default build draws with ECharts and cannot reach the commercial Vaadin Charts at
 * all.
 */
@PortalTest
class DefaultRendererTest {

    @Autowired
    ChartRenderer renderer;

    @Test
    void theDefaultRendererIsECharts() {
        assertThat(renderer).isInstanceOf(EChartsRenderer.class);
    }

    @Test
    void vaadinChartsIsNotOnTheDefaultClasspath() {
        assertThatThrownBy(() -> Class.forName("com.vaadin.flow.component.charts.Chart"))
            .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("id.satudata.portal.chart.vaadin.VaadinChartsRenderer"))
            .isInstanceOf(ClassNotFoundException.class);
    }

}
