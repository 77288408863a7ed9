package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.Topic;
import id.satudata.portal.ui.PublicLayout;
import java.util.Locale;

/** All topics (sectors) with their number of released datasets. */
@Route(value = TopicsView.PATH, layout = PublicLayout.class)
@Menu(title = "portal.nav.topics", order = 2)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class TopicsView extends Div implements HasDynamicTitle {

    static final String PATH = "topik";

    public TopicsView(PublicCatalog catalog) {
        setId("topics");
        addClassName("page");
        Div grid = new Div();
        grid.addClassName("topic-grid");
        for (Counted<Topic> topic : catalog.topics(true)) {
            grid.add(tile(topic, getLocale(), getTranslation("portal.count.datasets", topic.datasets())));
        }
        Paragraph lead = new Paragraph(getTranslation("portal.topics.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("portal.topics.title")), lead, grid);
    }

    /** A topic as a tile: icon, name and count, linking to the topic page. */
    static Component tile(Counted<Topic> topic, Locale locale, String count) {
        Span name = new Span(topic.item().name(locale));
        name.addClassName("topic-name");
        Span datasets = new Span(count);
        datasets.addClassName("topic-count");
        Anchor tile = new Anchor(TopicView.path(topic.item().code()));
        tile.add(PublicHomeView.icon(topic.item()), name, datasets);
        tile.addClassName("topic-tile");
        tile.setId("topic-" + topic.item().code());
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.topics.title");
    }

}
