package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.chart.ChartDefinition;
import id.satudata.portal.chart.DashboardChart;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.region.ui.ChoroplethView;

/**
 * The charts of a dataset (maps through {@link ChoroplethView}), each with an editor for
 * staff: change kind, dimension, measure, aggregation, filter, preview and save.
 */
class ChartsPanel extends Div {

    private final Dataset dataset;

    private final DashboardCharts service;

    private final ChartRenderer renderer;

    private final DashFormat format;

    ChartsPanel(Dataset dataset, DashboardCharts service, ChartRenderer renderer, DashFormat format) {
        this.dataset = dataset;
        this.service = service;
        this.renderer = renderer;
        this.format = format;
        setId("dashboard-charts");
        addClassName("dash-charts");
        reload();
    }

    private void reload() {
        removeAll();
        var charts = service.charts(dataset.id(), format.locale());
        if (charts.isEmpty()) {
            add(new Span(format.t("dashboard.charts.none")));
        }
        charts.forEach(c -> add(card(c)));
    }

    private Div card(DashboardChart chart) {
        Div card = new Div();
        card.addClassName("dash-chart-card");
        card.setId("chart-" + chart.position());
        Div drawing = new Div(draw(chart));
        drawing.addClassName("dash-chart-drawing");
        Span origin = new Span(format.t(chart.automatic() ? "dashboard.charts.automatic" : "dashboard.charts.saved"));
        origin.addClassName("dash-chart-origin");
        card.add(drawing, origin);
        if (service.mayEdit()) {
            Button edit = new Button(format.t("dashboard.charts.edit"), VaadinIcon.EDIT.create());
            edit.setId("edit-chart-" + chart.position());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClickListener(e -> {
                edit.setEnabled(false);
                card.add(new ChartEditor(dataset.schema(), chart.definition(), format,
                        preview -> show(drawing, preview, chart.position()), saved -> save(chart.position(), saved)));
            });
            card.add(edit);
        }
        return card;
    }

    private void show(Div drawing, ChartDefinition definition, int position) {
        drawing.removeAll();
        drawing.add(draw(service.preview(dataset.id(), position, definition, format.locale())));
    }

    private void save(int position, ChartDefinition definition) {
        service.save(dataset.id(), position, definition);
        Notification.show(format.t("dashboard.charts.savedNote"));
        reload();
    }

    private Component draw(DashboardChart chart) {
        if (chart.region() != null) {
            return new ChoroplethView(chart.region(), renderer);
        }
        return renderer.render(chart.spec());
    }

}
