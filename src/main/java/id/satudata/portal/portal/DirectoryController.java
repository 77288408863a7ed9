package id.satudata.portal.portal;

import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.StandingService;
import id.satudata.portal.opd.Opd;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OPDs and topics: lists with their numbers of released datasets, and one OPD's or
 * topic's released datasets, newest first, ten per page (an OPD's page also shows the
 * upkeep of its datasets).
 */
@Controller
class DirectoryController {

    static final String ORGANISATIONS = "/organisasi";

    static final String TOPICS = "/topik";

    static final int PAGE_SIZE = 10;

    private final PublicCatalog catalog;

    private final StandingService standing;

    DirectoryController(PublicCatalog catalog, StandingService standing) {
        this.catalog = catalog;
        this.standing = standing;
    }

    @GetMapping(ORGANISATIONS)
    String organisations(Model model) {
        model.addAttribute("organisations", catalog.organisations(true)
            .stream()
            .sorted(Comparator.comparingLong((Counted<Opd> o) -> -o.datasets()).thenComparing(o -> o.item().name()))
            .toList());
        return "portal/organisations";
    }

    @GetMapping(ORGANISATIONS + "/{code}")
    String organisation(@PathVariable String code, @RequestParam(name = Pager.PARAMETER, required = false) String hal,
            Model model) {
        Counted<Opd> organisation = catalog.organisation(code);
        model.addAttribute("organisation", organisation);
        model.addAttribute("standing", standing.ofOrganisation(code));
        list(model, catalog.datasets(code, null, null, CatalogOrder.NEWEST, offset(hal), PAGE_SIZE),
                ORGANISATIONS + "/" + code);
        return "portal/organisation";
    }

    @GetMapping(TOPICS)
    String topics(Model model) {
        model.addAttribute("topics", catalog.topics(true));
        return "portal/topics";
    }

    @GetMapping(TOPICS + "/{code}")
    String topic(@PathVariable String code, @RequestParam(name = Pager.PARAMETER, required = false) String hal,
            Model model) {
        model.addAttribute("topic", catalog.topic(code));
        list(model, catalog.datasets(null, code, null, CatalogOrder.NEWEST, offset(hal), PAGE_SIZE),
                TOPICS + "/" + code);
        return "portal/topic";
    }

    private static int offset(String hal) {
        return (Pager.pageOf(hal) - 1) * PAGE_SIZE;
    }

    private static void list(Model model, CatalogPage<DatasetSummary> page, String path) {
        model.addAttribute("cards", page.items().stream().map(Card::of).toList());
        model.addAttribute("pager", Pager.of(page.offset() / PAGE_SIZE + 1, page.total(), PAGE_SIZE,
                p -> path + (p == 1 ? "" : "?" + Pager.PARAMETER + "=" + p)));
    }

}
