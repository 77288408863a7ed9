package id.satudata.portal.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdService;
import id.satudata.portal.ui.PublicLayout;
import java.util.List;

/** The public home page: what the portal is and who produces its data. */
@Route(value = "", layout = PublicLayout.class)
@Menu(title = "portal.nav.home", order = 0)
@AnonymousAllowed
public class PublicHomeView extends Div implements HasDynamicTitle {

    private final String regionName;

    public PublicHomeView(PortalProperties portal, OpdService opds) {
        this.regionName = portal.regionName();
        setId("public-home");
        addClassName("page");
        List<Opd> producers = opds.list();
        add(hero(), producers(producers));
    }

    private Section hero() {
        H1 title = new H1(getTranslation("portal.home.title", regionName));
        Paragraph lead = new Paragraph(getTranslation("portal.home.lead"));
        lead.addClassName("lead");
        Section hero = new Section(title, lead);
        hero.addClassName("hero");
        return hero;
    }

    private Section producers(List<Opd> producers) {
        H2 heading = new H2(getTranslation("portal.home.producers", producers.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("producer-list");
        for (Opd opd : producers) {
            Span shortName = new Span(opd.shortName());
            shortName.addClassName("producer-short");
            list.add(new ListItem(shortName, new Span(opd.name())));
        }
        return new Section(heading, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title", regionName);
    }

}
