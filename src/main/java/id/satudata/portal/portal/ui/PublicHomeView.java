package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.catalog.CatalogStats;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.portal.PortalSearch;
import id.satudata.portal.ui.PublicLayout;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The public home page: search, the catalogue's counts, featured topics, and the newest
 * and most viewed datasets.
 */
@Route(value = "", layout = PublicLayout.class)
@Menu(title = "portal.nav.home", order = 0)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class PublicHomeView extends Div implements HasDynamicTitle {

    static final String STYLESHEET = "assets/portal.css";

    static final int TOPICS = 8;

    static final int LIST = 5;

    private final String regionName;

    public PublicHomeView(PortalProperties portal, PublicCatalog catalog, PortalSearch search, Clock clock) {
        this.regionName = portal.regionName();
        setId("public-home");
        addClassName("page");
        add(hero(search), stats(catalog.stats()), topics(catalog.topics(true)));
        Div lists = new Div(list("newest", "portal.home.newest", catalog.newest(LIST), clock),
                list("most-viewed", "portal.home.mostViewed", catalog.mostViewed(LIST), clock));
        lists.addClassName("home-lists");
        add(lists);
    }

    private Section hero(PortalSearch search) {
        H1 title = new H1(getTranslation("portal.home.title", regionName));
        Paragraph lead = new Paragraph(getTranslation("portal.home.lead"));
        lead.addClassName("lead");
        Section hero = new Section(title, lead, new SearchBox("", search::suggest));
        hero.addClassName("hero");
        return hero;
    }

    private Component stats(CatalogStats stats) {
        Locale locale = getLocale();
        Div row = new Div(stat("stat-datasets", stats.datasets(), "portal.stats.datasets", locale),
                stat("stat-organisations", stats.organisations(), "portal.stats.organisations", locale),
                stat("stat-topics", stats.topics(), "portal.stats.topics", locale),
                stat("stat-rows", stats.rows(), "portal.stats.rows", locale));
        row.addClassName("stats");
        return row;
    }

    private Component stat(String id, long value, String labelKey, Locale locale) {
        Span number = new Span(PortalFormat.number(value, locale));
        number.addClassName("stat-number");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        Div stat = new Div(number, label);
        stat.setId(id);
        stat.addClassName("stat");
        return stat;
    }

    private Section topics(List<Counted<Topic>> topics) {
        Div grid = new Div();
        grid.addClassName("topic-grid");
        topics.stream()
            .sorted((a, b) -> Long.compare(b.datasets(), a.datasets())) // stable:
                                                                        // position order
                                                                        // among equals
            .limit(TOPICS)
            .forEach(t -> grid
                .add(TopicsView.tile(t, getLocale(), getTranslation("portal.count.datasets", t.datasets()))));
        Anchor all = new Anchor(TopicsView.PATH, getTranslation("portal.home.allTopics"));
        all.addClassName("more-link");
        Section section = new Section(new H2(getTranslation("portal.home.topics")), grid, all);
        section.setId("featured-topics");
        return section;
    }

    private Section list(String id, String headingKey, List<DatasetSummary> datasets, Clock clock) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        if (datasets.isEmpty()) {
            section.add(new Paragraph(getTranslation("portal.home.empty")));
        }
        datasets.forEach(d -> section.add(new DatasetCard(d, clock.getZone())));
        return section;
    }

    /** The topic's icon ("vaadin:users" in the catalogue). */
    static Icon icon(Topic topic) {
        int colon = topic.icon().indexOf(':');
        return colon < 0 ? new Icon("vaadin", "folder")
                : new Icon(topic.icon().substring(0, colon), topic.icon().substring(colon + 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.home.title", regionName);
    }

}
