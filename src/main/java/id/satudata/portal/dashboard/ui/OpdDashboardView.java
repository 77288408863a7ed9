package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.dashboard.DashboardService;
import id.satudata.portal.dashboard.DatasetEntry;
import id.satudata.portal.dashboard.OpdDashboard;
import id.satudata.portal.dashboard.OpdSearch;
import id.satudata.portal.datastore.query.DatasetQueryService;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.registry.IntegrationReturn;
import id.satudata.portal.registry.RegistryProperties;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An OPD's dashboard ({@code app/dasbor?opd=DINKES&dataset=12}): headline figures, its
 * integrations (with the decision on the dashboard, Kaltim step 11), its datasets with
 * freshness, and one dataset opened with its charts, rows and data quality; a search box
 * over the OPD's datasets and integrations. An OPD user lands on their own OPD; staff
 * choose one.
 */
@Route(value = OpdDashboardView.PATH, layout = BackOfficeLayout.class)
@Menu(title = "dashboard.nav.opd", order = 1, icon = "vaadin:dashboard")
@PermitAll
@StyleSheet("assets/dashboard.css")
public class OpdDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = BackOfficeLayout.PATH + "/dasbor";

    private final DashboardService dashboards;

    private final DashboardCharts charts;

    private final DatasetQueryService queries;

    private final ChartRenderer renderer;

    private final DashFormat format;

    private final RegistryProperties limits;

    private final Div integrations = new Div();

    private final Div datasets = new Div();

    private final Div opened = new Div();

    private @Nullable OpdDashboard dashboard;

    private String title = "";

    public OpdDashboardView(DashboardService dashboards, DashboardCharts charts, DatasetQueryService queries,
            ChartRenderer renderer, RegistryProperties limits, Clock clock) {
        this.dashboards = dashboards;
        this.limits = limits;
        this.charts = charts;
        this.queries = queries;
        this.renderer = renderer;
        this.format = new DashFormat(this, clock.getZone());
        setId("opd-dashboard");
        addClassName("dash-page");
        integrations.setWidthFull();
        datasets.setWidthFull();
    }

    /** The link to an OPD's dashboard, optionally with a dataset opened. */
    public static String link(String opdCode, @Nullable Long datasetId) {
        return PATH + "?opd=" + opdCode + (datasetId == null ? "" : "&dataset=" + datasetId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        String code = first(params, "opd");
        List<Opd> visible = dashboards.opdsVisible();
        Optional<Opd> chosen = code != null ? visible.stream().filter(o -> o.code().equalsIgnoreCase(code)).findFirst()
                : dashboards.ownOpd().flatMap(id -> visible.stream().filter(o -> o.id() == id).findFirst());
        removeAll();
        if (chosen.isEmpty()) {
            title = format.t("dashboard.title.choose");
            add(new H2(title), chooser(visible, null));
            if (code != null) {
                add(new Paragraph(format.t("dashboard.error.noOpd", code)));
            }
            return;
        }
        show(chosen.get(), visible, first(params, "dataset"));
    }

    private void show(Opd opd, List<Opd> visible, @Nullable String datasetParam) {
        OpdDashboard built = dashboards.opdDashboard(opd.id());
        dashboard = built;
        title = format.t("dashboard.title.opd", opd.shortName());
        H2 heading = new H2(opd.name());
        heading.setId("dashboard-heading");
        TextField search = new TextField();
        search.setId("dashboard-search");
        search.setPlaceholder(format.t("dashboard.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.addValueChangeListener(e -> showMatches(dashboards.search(opd.id(), e.getValue())));
        HorizontalLayout top = new HorizontalLayout(heading, search);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(heading);
        if (visible.size() > 1) {
            top.add(chooser(visible, opd));
        }
        add(top, headline(built));
        add(new H3(format.t("dashboard.section.integrations")), integrations);
        add(new H3(format.t("dashboard.section.datasets")), datasets);
        opened.setWidthFull();
        add(opened);
        showMatches(new OpdSearch.Matches(built.datasets(), built.integrations()));
        built.datasets()
            .stream()
            .filter(d -> String.valueOf(d.dataset().id()).equals(datasetParam))
            .findFirst()
            .or(() -> built.datasets().stream().filter(d -> d.dataset().rowCount() > 0).findFirst())
            .ifPresent(this::open);
    }

    private Figures headline(OpdDashboard built) {
        OpdDashboard.Headline h = built.headline();
        return new Figures("dashboard-headline")
            .figure("figure-datasets", format.t("dashboard.figure.datasets"), format.number(h.datasets()), null, false)
            .figure("figure-rows", format.t("dashboard.figure.rows"), format.number(h.rows()), null, false)
            .figure("figure-validated", format.t("dashboard.figure.validated"), format.number(h.validated()), null,
                    false)
            .figure("figure-awaiting", format.t("dashboard.figure.awaiting"), format.number(h.awaitingDecision()), null,
                    h.awaitingDecision() > 0)
            .figure("figure-returned", format.t("dashboard.figure.returned"), format.number(h.returned()), null,
                    h.returned() > 0)
            .figure("figure-stale", format.t("dashboard.figure.stale"), format.number(h.stale()), null, h.stale() > 0)
            .figure("figure-rejected", format.t("dashboard.figure.rejected"), format.number(h.rejectedLoads()), null,
                    h.rejectedLoads() > 0);
    }

    private void showMatches(OpdSearch.Matches matches) {
        integrations.removeAll();
        integrations.add(new IntegrationsPanel(matches.integrations(), format, this::askDecision));
        datasets.removeAll();
        datasets.add(matches.datasets().isEmpty() ? new Paragraph(format.t("dashboard.datasets.none"))
                : new DatasetList(matches.datasets(), format, this::open));
    }

    private void open(DatasetEntry entry) {
        opened.removeAll();
        opened.add(new DatasetPanel(entry, charts, dashboards, queries, renderer, format));
    }

    private void askDecision(IntegrationsPanel.Decision decision) {
        new DecisionDialog(decision.entry(), decision.confirm(), format, limits, (confirm, reason, documents) -> {
            var integration = decision.entry().integration();
            var after = dashboards.decide(integration.id(), integration.version(), confirm, reason, documents);
            IntegrationReturn returned = after.returned();
            Notification note = Notification.show(confirm || returned == null
                    ? format.t("dashboard.decision.confirmed", integration.code(),
                            format.t("dashboard.status." + after.status().name()))
                    : format.t("dashboard.decision.returned", integration.code(), returned.toStep()));
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(PATH,
                    QueryParameters.of("opd", dashboard == null ? "" : dashboard.opd().code())));
            return true;
        }).open();
    }

    private ComboBox<Opd> chooser(List<Opd> visible, @Nullable Opd current) {
        ComboBox<Opd> box = new ComboBox<>();
        box.setId("dashboard-opd");
        box.setPlaceholder(format.t("dashboard.chooseOpd"));
        box.setItems(visible);
        box.setItemLabelGenerator(o -> o.shortName() + " - " + o.name());
        box.setWidth("22em");
        if (current != null) {
            box.setValue(current);
        }
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(PATH, QueryParameters.of("opd", e.getValue().code())));
            }
        });
        return box;
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
