package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The registry list for staff: counts per status, filters, search, a sortable lazy grid
 * of all integrations.
 */
@Route(value = IntegrationListView.PATH, layout = BackOfficeLayout.class)
@Menu(title = "registry.nav.list", order = 10, icon = "vaadin:records")
@RolesAllowed({ "ADMINISTRATOR", "PENGAWAS", "TEKNIS", "KEPALA_DINAS" })
@StyleSheet("assets/registry.css")
public class IntegrationListView extends VerticalLayout
        implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    public static final String PATH = BackOfficeLayout.PATH + "/integrasi";

    private final IntegrationBrowser browser;

    /** Filters given in the link (status, step, opd, overdue) are applied. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        browser.preset(event.getLocation().getQueryParameters().getParameters());
    }

    public IntegrationListView(RegistryService registry, SopService sop, OpdService opds, WorkingCalendar calendar) {
        setId("integration-list");
        setSizeFull();
        RegistryFormat format = new RegistryFormat(this, calendar.zone());
        Button create = new Button(format.t("registry.action.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewIntegrationView.class)));
        create.setId("new-integration");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        browser = new IntegrationBrowser(registry, sop, opds.list(), format, calendar::now);
        add(create, browser);
        setFlexGrow(1, browser);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.title.list");
    }

}
