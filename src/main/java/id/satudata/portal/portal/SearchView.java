package id.satudata.portal.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.ui.PublicLayout;
import java.util.List;

/** The search page: the search box, facets, results with highlights, sort and paging. */
@Route(value = SearchView.ROUTE, layout = PublicLayout.class)
@Menu(title = "portal.nav.search", order = 1)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "cari";

    private final PortalSearch search;

    public SearchView(PortalSearch search) {
        this.search = search;
        setId("search");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        removeAll();
        add(new H1(getTranslation("portal.searchPage.title")),
                new SearchBox(q.isEmpty() ? "" : q.get(0), search::suggest));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.searchPage.title");
    }

}
