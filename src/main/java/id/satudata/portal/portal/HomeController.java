package id.satudata.portal.portal;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.Topic;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
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

    /** The home page's own path, reached only through "/" ({@link HomePageForward}). */
    static final String PATH = "/portal/beranda";

    static final int TOPICS = 8;

    static final int LIST = 5;

    private final PublicCatalog catalog;

    HomeController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(PATH)
    String home(HttpServletRequest request, Model model) {
        if (request.getDispatcherType() != DispatcherType.FORWARD) {
            throw new NotFoundException("page", PATH); // one address per page: "/"
        }
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
