package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.ui.PublicLayout;
import java.util.Comparator;

/** The OPDs (data producers) with their number of released datasets, busiest first. */
@Route(value = OrganisationsView.PATH, layout = PublicLayout.class)
@Menu(title = "portal.nav.organisations", order = 3)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class OrganisationsView extends Div implements HasDynamicTitle {

    static final String PATH = "organisasi";

    public OrganisationsView(PublicCatalog catalog) {
        setId("organisations");
        addClassName("page");
        UnorderedList list = new UnorderedList();
        list.addClassName("organisation-list");
        catalog.organisations(true)
            .stream()
            .sorted(Comparator.comparingLong((Counted<Opd> o) -> -o.datasets()).thenComparing(o -> o.item().name()))
            .forEach(o -> {
                Span shortName = new Span(o.item().shortName());
                shortName.addClassName("organisation-short");
                Anchor link = new Anchor(OrganisationView.path(o.item().code()), o.item().name());
                Span count = new Span(getTranslation("portal.count.datasets", o.datasets()));
                count.addClassName("organisation-count");
                list.add(new ListItem(shortName, link, count));
            });
        Paragraph lead = new Paragraph(getTranslation("portal.organisations.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("portal.organisations.title")), lead, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.organisations.title");
    }

}
