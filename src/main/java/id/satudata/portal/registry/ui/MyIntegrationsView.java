package id.satudata.portal.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.satudata.portal.registry.RegistryService;
import id.satudata.portal.registry.WorkingCalendar;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An OPD user's own integrations (the service narrows every query to their OPD), with the
 * same counts, filters and grid as the registry list.
 */
@Route(value = MyIntegrationsView.PATH, layout = BackOfficeLayout.class)
@Menu(title = "registry.nav.mine", order = 11, icon = "vaadin:folder-open")
@RolesAllowed("OPD")
@StyleSheet("assets/registry.css")
public class MyIntegrationsView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = BackOfficeLayout.PATH + "/integrasi-saya";

    public MyIntegrationsView(RegistryService registry, SopService sop, WorkingCalendar calendar) {
        setId("my-integrations");
        setSizeFull();
        RegistryFormat format = new RegistryFormat(this, calendar.zone());
        Button create = new Button(format.t("registry.action.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NewIntegrationView.class)));
        create.setId("new-integration");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        IntegrationBrowser browser = new IntegrationBrowser(registry, sop, List.of(), format, calendar::now);
        add(create, browser);
        setFlexGrow(1, browser);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.title.mine");
    }

}
