package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.ChartSeries;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.dashboard.AdminOverview;
import id.satudata.portal.dashboard.OverviewService;
import id.satudata.portal.registry.OverdueStep;
import id.satudata.portal.registry.ReturnCount;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The administrator's overview ({@code app/ikhtisar}): integrations per status and per
 * step, overdue steps, OPDs ranked by validated datasets and freshness, recent loads and
 * failures. Figures link to the filtered registry list or the OPD's dashboard.
 */
@Route(value = OverviewView.PATH, layout = BackOfficeLayout.class)
@Menu(title = "dashboard.nav.overview", order = 2, icon = "vaadin:chart-grid")
@RolesAllowed({ "ADMINISTRATOR", "PENGAWAS", "TEKNIS", "KEPALA_DINAS" })
@StyleSheet("assets/dashboard.css")
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = BackOfficeLayout.PATH + "/ikhtisar";

    static final String REGISTRY = BackOfficeLayout.PATH + "/integrasi";

    public OverviewView(OverviewService overview, SopService sop, ChartRenderer charts, Clock clock) {
        setId("admin-overview");
        addClassName("dash-page");
        DashFormat format = new DashFormat(this, clock.getZone());
        AdminOverview o = overview.overview();
        add(new H2(getPageTitle()));
        Figures figures = new Figures("overview-figures");
        for (IntegrationStatus status : IntegrationStatus.values()) {
            figures.figure("overview-" + status.name(), format.t("dashboard.status." + status.name()),
                    format.number(o.of(status)), REGISTRY + "?status=" + status.name(),
                    status == IntegrationStatus.RETURNED && o.of(status) > 0);
        }
        // "returned to step 3": the default template's decision on the dashboard said no
        SopTemplate main = sop.defaultTemplate();
        main.validationDecision().ifPresent(decision -> {
            int returned = o.statusCounts().returnedByDecision();
            figures.figure("overview-returned-decision",
                    format.t("dashboard.overview.returnedTo", decision.returnStep().number()), format.number(returned),
                    REGISTRY + "?keputusan=true&template=" + main.code(), returned > 0);
        });
        for (ReturnCount place : o.statusCounts().returnedTo()) {
            figures.figure("overview-returned-" + place.templateCode() + "-" + place.toStep(),
                    format.t("dashboard.overview.returnedToIn", place.toStep(),
                            format.t("sop.template." + place.templateCode())),
                    format.number(place.integrations()),
                    REGISTRY + "?template=" + place.templateCode() + "&kembaliKe=" + place.toStep(), false);
        }
        figures.figure("overview-overdue", format.t("dashboard.overview.overdue"),
                format.number(o.statusCounts().overdue()), REGISTRY + "?overdue=true", o.statusCounts().overdue() > 0);
        figures.figure("overview-failures", format.t("dashboard.overview.failures"), format.number(o.failures30Days()),
                null, o.failures30Days() > 0);
        add(figures);
        Div row = new Div(charts.render(statusChart(o, format)), charts.render(stepChart(o, format)));
        row.addClassName("dash-two");
        add(row);
        add(new H3(format.t("dashboard.overview.overdueTitle")), overdue(o.overdue(), format));
        add(new H3(format.t("dashboard.overview.rankingTitle")), ranking(o.ranking(), format));
        add(new H3(format.t("dashboard.overview.loadsTitle")), loads(o.recentLoads(), format));
    }

    private static ChartSpec statusChart(AdminOverview o, DashFormat format) {
        List<IntegrationStatus> statuses = Arrays.asList(IntegrationStatus.values());
        return ChartSpec.of(ChartType.PIE, format.t("dashboard.overview.statusChart"),
                statuses.stream().map(s -> format.t("dashboard.status." + s.name())).toList(),
                format.t("dashboard.overview.integrations"),
                statuses.stream().map(s -> (Double) (double) o.of(s)).toList(),
                format.t("dashboard.unit.integrations"));
    }

    private static ChartSpec stepChart(AdminOverview o, DashFormat format) {
        TreeSet<Integer> steps = new TreeSet<>();
        o.perStep().values().forEach(m -> steps.addAll(m.keySet()));
        List<ChartSeries> series = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : o.perStep().entrySet()) {
            series.add(new ChartSeries(format.t("sop.template." + e.getKey()),
                    steps.stream().map(s -> (Double) (double) e.getValue().getOrDefault(s, 0)).toList()));
        }
        return new ChartSpec(ChartType.COLUMN, format.t("dashboard.overview.stepChart"),
                steps.stream().map(s -> format.t("dashboard.overview.step", s)).toList(), series,
                format.t("dashboard.unit.integrations"));
    }

    private static Grid<OverdueStep> overdue(List<OverdueStep> overdue, DashFormat format) {
        Grid<OverdueStep> grid = new Grid<>();
        grid.setId("overview-overdue-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(
                s -> new Anchor(BackOfficeLayout.PATH + "/integrasi/" + s.integration().id(), s.integration().code())))
            .setHeader(format.t("dashboard.overview.code"));
        grid.addColumn(new ComponentRenderer<>(s -> new Anchor(OpdDashboardView.link(s.integration().opdCode(), null),
                s.integration().opdShortName())))
            .setHeader(format.t("dashboard.overview.opd"));
        grid.addColumn(s -> format.t("dashboard.overview.step", s.step().number()) + " - " + s.step().activity())
            .setHeader(format.t("dashboard.overview.stepColumn"))
            .setFlexGrow(4);
        grid.addColumn(s -> s.overdueBy().toDays() >= 1 ? format.t("dashboard.overview.days", s.overdueBy().toDays())
                : format.t("dashboard.overview.hours", Math.max(1, s.overdueBy().toHours())))
            .setHeader(format.t("dashboard.overview.overdueBy"));
        grid.setItems(overdue);
        grid.setAllRowsVisible(overdue.size() <= 10);
        grid.setHeight(overdue.size() <= 10 ? null : "22em");
        return grid;
    }

    private static Grid<AdminOverview.OpdRank> ranking(List<AdminOverview.OpdRank> ranks, DashFormat format) {
        Grid<AdminOverview.OpdRank> grid = new Grid<>();
        grid.setId("overview-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(
                r -> new Anchor(OpdDashboardView.link(r.opd().code(), null), r.opd().shortName())))
            .setHeader(format.t("dashboard.overview.opd"));
        grid.addColumn(r -> format.number(r.validatedDatasets())).setHeader(format.t("dashboard.overview.validated"));
        grid.addColumn(r -> format.number(r.datasets())).setHeader(format.t("dashboard.figure.datasets"));
        grid.addColumn(r -> Math.round(r.freshShare() * 100) + " %").setHeader(format.t("dashboard.overview.fresh"));
        grid.addColumn(r -> format.number(r.rows())).setHeader(format.t("dashboard.figure.rows"));
        grid.setItems(ranks);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<AdminOverview.RecentLoad> loads(List<AdminOverview.RecentLoad> loads, DashFormat format) {
        Grid<AdminOverview.RecentLoad> grid = new Grid<>();
        grid.setId("overview-loads");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(l -> format.time(l.startedAt())).setHeader(format.t("dashboard.quality.when"));
        grid.addColumn(new ComponentRenderer<>(
                l -> new Anchor(OpdDashboardView.link(l.opd().code(), l.datasetId()), l.datasetTitle())))
            .setHeader(format.t("dashboard.dataset.title"))
            .setFlexGrow(4);
        grid.addColumn(l -> l.opd().shortName()).setHeader(format.t("dashboard.overview.opd"));
        grid.addColumn(l -> format.t("dashboard.load." + l.status().name()))
            .setHeader(format.t("dashboard.dataset.lastStatus"));
        grid.addColumn(l -> format.number(l.rowsAccepted())).setHeader(format.t("dashboard.dataset.rows"));
        grid.setItems(loads);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title.overview");
    }

}
