package id.satudata.portal.portal;

import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.Topic;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: search, the catalogue's counts, featured topics, and the newest
 * and most viewed datasets.
 */
@Controller
class HomeController {

    static final int TOPICS = 8;

    static final int LIST = 5;

    private final PublicCatalog catalog;

    HomeController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    // "/?v-r=..." are the requests of Vaadin's client (the back office), not the home
    // page
    @GetMapping(value = "/", params = "!v-r")
    String home(Model model) {
        List<Counted<Topic>> topics = catalog.topics(true)
            .stream()
            .sorted(Comparator.comparingLong((Counted<Topic> t) -> -t.datasets())) // stable
            .limit(TOPICS)
            .toList();
        model.addAttribute("stats", catalog.stats());
        model.addAttribute("topics", topics);
        model.addAttribute("newest", catalog.newest(LIST).stream().map(Card::of).toList());
        model.addAttribute("mostViewed", catalog.mostViewed(LIST).stream().map(Card::of).toList());
        return "portal/home";
    }

}
