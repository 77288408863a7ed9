package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.registry.Integration;
import id.satudata.portal.registry.IntegrationDetail;
import id.satudata.portal.registry.RegistryProperties;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.StepAction;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.ui.BackOfficeLayout;
import id.satudata.portal.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One integration: its facts and status, the action the current user may take, the
 * timeline of its template's steps, and the full event history with documents.
 */
@Route(value = IntegrationDetailView.PATH, layout = BackOfficeLayout.class)
@PermitAll
@StyleSheet("assets/registry.css")
public class IntegrationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The detail pages' path before the integration's id. */
    private static final String BASE = BackOfficeLayout.PATH + "/integrasi/";

    public static final String PATH = BASE + ":id(\\d+)";

    private final RegistryService registry;

    private final CurrentCaller caller;

    private final RegistryProperties properties;

    private final RegistryFormat format;

    private final List<IntegrationDetailSection> sections;

    private String title = "";

    public IntegrationDetailView(RegistryService registry, CurrentCaller caller, RegistryProperties properties,
            WorkingCalendar calendar, List<IntegrationDetailSection> sections) {
        this.registry = registry;
        this.sections = sections;
        this.caller = caller;
        this.properties = properties;
        this.format = new RegistryFormat(this, calendar.zone());
        setId("integration-detail");
        setMaxWidth("80rem");
    }

    /**
     * The link to an integration's detail page, as the router writes it (relative to the
     * page's base, like a {@link com.vaadin.flow.router.RouterLink}'s).
     */
    public static String location(long integrationId) {
        return BASE + integrationId;
    }

    /** The route parameters of an integration's detail page. */
    public static RouteParameters parameters(long integrationId) {
        return new RouteParameters("id", String.valueOf(integrationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters()
            .getLong("id")
            .orElseThrow(() -> new NotFoundException("integration", event.getLocation().getPath()));
        render(registry.detail(id));
    }

    private void render(IntegrationDetail detail) {
        removeAll();
        Integration integration = detail.integration();
        title = integration.code() + " · " + integration.title();
        DocumentLinks links = new DocumentLinks(registry, format);
        add(backLink(), header(detail), new IntegrationFacts(detail, format));
        detail.allowedAction().ifPresentOrElse(action -> add(actionPanel(action)), () -> {
            Paragraph none = new Paragraph(format.t("registry.detail.noAction"));
            none.setId("no-action");
            none.addClassNames("text-s", "text-secondary");
            add(none);
        });
        sections.forEach(section -> section.create(detail, () -> render(registry.detail(integration.id())))
            .ifPresent(this::add));
        NoteForm note = new NoteForm(format, properties.maxDocumentSize().toBytes(),
                properties.maxDocumentsPerAction());
        note.addSaveListener(e -> {
            registry.addNote(integration.id(), integration.version(), e.note(), e.documents());
            Notifications.success(format.t("registry.saved.note"));
            render(registry.detail(integration.id()));
        });
        add(note, section("registry.detail.timeline"), new StepTimeline(detail.steps(), format, links),
                section("registry.detail.history"),
                new EventHistory(detail.events(), detail.documents(), format, links));
    }

    private Component backLink() {
        return caller.get().isStaff() ? new RouterLink(format.t("registry.action.back"), IntegrationListView.class)
                : new RouterLink(format.t("registry.nav.mine"), MyIntegrationsView.class);
    }

    private Component header(IntegrationDetail detail) {
        Integration integration = detail.integration();
        H2 heading = new H2(integration.code() + " · " + integration.title());
        heading.setId("integration-title");
        heading.addClassNames("text-xl", "m-0");
        Div badges = new Div(StatusBadges.status(integration, format));
        badges.setId("integration-badges");
        badges.addClassNames("flex", "gap-s");
        if (integration.isOverdue(detail.now())) {
            badges.add(StatusBadges.overdue(format));
        }
        if (integration.isFinished()) {
            badges.add(StatusBadges.finished(format));
        }
        Div header = new Div(heading, badges);
        header.addClassNames("flex", "flex-col", "gap-s");
        return header;
    }

    private Component actionPanel(StepAction action) {
        StepActionPanel panel = new StepActionPanel(action, format, properties.maxDocumentSize().toBytes(),
                properties.maxDocumentsPerAction());
        panel.addSubmitListener(e -> {
            registry.complete(action.integrationId(), action.version(), e.outcome(), e.note(), e.documents());
            Notifications.success(format.t("registry.saved.completed", action.step().number()));
            render(registry.detail(action.integrationId()));
        });
        return panel;
    }

    private H3 section(String key) {
        H3 heading = new H3(format.t(key));
        heading.addClassNames("text-l", "mt-l", "mb-0");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("registry.title.detail") : title;
    }

}
