package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.dashboard.DatasetQuality;
import id.satudata.portal.datastore.query.ColumnNulls;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.query.PeriodCount;

/**
 * Data quality of a dataset: figures, missing values per column and rows per period as
 * small charts, and the rejected loads.
 */
class QualityPanel extends Div {

    QualityPanel(DatasetQuality quality, ChartRenderer charts, DashFormat format) {
        setId("dashboard-quality");
        long columnsWithNulls = quality.nulls().stream().filter(n -> n.nulls() > 0).count();
        add(new Figures("quality-figures")
            .figure("quality-rows", format.t("dashboard.quality.rows"), format.number(quality.rows()), null, false)
            .figure("quality-null-columns", format.t("dashboard.quality.nullColumns"), format.number(columnsWithNulls),
                    null, columnsWithNulls > 0)
            .figure("quality-rejected", format.t("dashboard.quality.rejected", quality.loadsLooked()),
                    format.number(quality.rejectedLoads().size()), null, !quality.rejectedLoads().isEmpty()));
        Div small = new Div();
        small.addClassName("dash-small-charts");
        ChartSpec nulls = ChartSpec.of(ChartType.BAR, format.t("dashboard.quality.nullsTitle"),
                quality.nulls().stream().map(ColumnNulls::column).toList(), format.t("dashboard.quality.nulls"),
                quality.nulls().stream().map(n -> (Double) (double) n.nulls()).toList(),
                format.t("dashboard.unit.rows"));
        small.add(sized(charts, nulls, "quality-nulls-chart"));
        if (!quality.rowsPerPeriod().isEmpty()) {
            ChartSpec periods = ChartSpec.of(ChartType.COLUMN,
                    format.t("dashboard.quality.periodTitle", quality.periodColumn()),
                    quality.rowsPerPeriod().stream().map(PeriodCount::period).toList(),
                    format.t("dashboard.quality.rowsSeries"),
                    quality.rowsPerPeriod().stream().map(p -> (Double) (double) p.rows()).toList(),
                    format.t("dashboard.unit.rows"));
            small.add(sized(charts, periods, "quality-period-chart"));
        }
        add(small);
        if (!quality.rejectedLoads().isEmpty()) {
            add(new H4(format.t("dashboard.quality.rejectedTitle")));
            Grid<LoadRecord> loads = new Grid<>();
            loads.setId("quality-rejected-loads");
            loads.addThemeVariants(GridVariant.LUMO_COMPACT);
            loads.addColumn(l -> format.time(l.startedAt())).setHeader(format.t("dashboard.quality.when"));
            loads.addColumn(l -> format.t("dashboard.load." + l.status().name()))
                .setHeader(format.t("dashboard.dataset.lastStatus"));
            loads.addColumn(l -> l.fileName() == null ? l.source().name() : l.fileName())
                .setHeader(format.t("dashboard.quality.file"));
            loads.addColumn(l -> format.number(l.errorCount())).setHeader(format.t("dashboard.quality.errors"));
            loads.setItems(quality.rejectedLoads());
            loads.setAllRowsVisible(true);
            add(loads);
        }
    }

    private static com.vaadin.flow.component.Component sized(ChartRenderer charts, ChartSpec spec, String id) {
        com.vaadin.flow.component.Component chart = charts.render(spec);
        chart.setId(id);
        if (chart instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setHeight("240px");
        }
        return chart;
    }

}
