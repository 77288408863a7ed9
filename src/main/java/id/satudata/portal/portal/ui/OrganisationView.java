package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.ui.PublicLayout;
import java.time.Clock;

/** An OPD's page: its name and its released datasets, newest first, ten per page. */
@Route(value = OrganisationsView.PATH + "/:code", layout = PublicLayout.class)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicCatalog catalog;

    private final Clock clock;

    private String title = "";

    public OrganisationView(PublicCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        setId("organisation");
        addClassName("page");
    }

    static String path(String code) {
        return "/" + OrganisationsView.PATH + "/" + code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Counted<Opd> organisation;
        try {
            organisation = catalog.organisation(code);
        }
        catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        int page = Pager
            .pageOf(event.getLocation().getQueryParameters().getParameters().get(DatasetListing.PAGE_PARAMETER));
        title = organisation.item().name();
        removeAll();
        Nav crumbs = new Nav(new Anchor("/" + OrganisationsView.PATH, getTranslation("portal.nav.organisations")));
        crumbs.addClassName("breadcrumbs");
        Paragraph count = new Paragraph(getTranslation("portal.count.datasets", organisation.datasets()));
        count.addClassName("lead");
        add(crumbs, new H1(title), count,
                new DatasetListing(
                        catalog.datasets(code, null, null, CatalogOrder.NEWEST, DatasetListing.offset(page),
                                DatasetListing.PAGE_SIZE),
                        clock.getZone(), p -> path(code) + "?" + DatasetListing.PAGE_PARAMETER + "=" + p));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
