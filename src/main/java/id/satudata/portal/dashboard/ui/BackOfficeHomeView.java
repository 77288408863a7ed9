package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.dashboard.SopOverview;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.ui.BackOfficeLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The back office's start page: who is signed in and an overview chart of the SOP
 * templates.
 */
@Route(value = BackOfficeLayout.PATH, layout = BackOfficeLayout.class)
@PageTitle("Satu Data")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class BackOfficeHomeView extends VerticalLayout {

    public BackOfficeHomeView(AuthenticationContext authentication, CurrentCaller caller, SopService sop,
            ChartRenderer charts) {
        setId("backoffice-home");
        H2 welcome = new H2(getTranslation("home.welcome", fullName(authentication, caller)));
        welcome.addClassNames("text-xl", "m-0");
        add(welcome, new Paragraph(getTranslation("home.intro")));
        ChartSpec chart = SopOverview.stepsPerRole(sop.templates(), this::getTranslation);
        add(charts.render(chart));
    }

    private static String fullName(AuthenticationContext authentication, CurrentCaller caller) {
        return authentication.getAuthenticatedUser(PortalUser.class)
            .map(PortalUser::fullName)
            .orElse(caller.get().name());
    }

}
