package id.satudata.portal.portal;

import id.satudata.portal.search.Facet;
import id.satudata.portal.search.FacetCount;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchSort;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page ({@code /cari?q=...}): a GET form, facets (OPD, topic, tag, format,
 * year) as links with counts, results with the matches marked, sort and paging as links.
 * The whole state is in the address, so every result page can be linked and crawled.
 */
@Controller
class SearchPageController {

    static final String PATH = "/cari";

    static final int PAGE_SIZE = 10;

    private final PortalSearch search;

    private final FacetLabels labels;

    SearchPageController(PortalSearch search, FacetLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String search(HttpServletRequest request, Model model) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        SearchState state = SearchState.of(parameters);
        PortalSearch.Results results = search.search(state.query(PAGE_SIZE));
        model.addAttribute("text", state.text());
        model.addAttribute("total", results.result().total());
        model.addAttribute("cards",
                results.found()
                    .stream()
                    .map(f -> new Card(f.summary(), f.hit().titleHtml(), f.hit().snippetHtml()))
                    .toList());
        model.addAttribute("facets", facets(state, results, labels.in(PortalPage.localeOf(request))));
        model.addAttribute("clear", state.hasFilters() ? state.withoutFilters().url() : null);
        model.addAttribute("sorts", Arrays.stream(SearchSort.values())
            .map(s -> new SortLink("portal.searchPage.sort." + s.name(), state.withSort(s).url(), s == state.sort()))
            .toList());
        model.addAttribute("filters", hiddenFilters(state));
        model.addAttribute("pager", Pager.of(state.page(), Math.min(results.result().total(), SearchQuery.MAX_OFFSET),
                PAGE_SIZE, p -> state.withPage(p).url()));
        return "portal/search";
    }

    private static List<FacetGroup> facets(SearchState state, PortalSearch.Results results,
            BiFunction<Facet, String, String> label) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = results.result().facet(facet);
            if (counts.isEmpty()) {
                continue;
            }
            Set<String> chosen = state.filters().getOrDefault(facet, Set.of());
            groups.add(new FacetGroup(facet.dimension(), counts.stream().map(c -> {
                Set<String> toggled = new LinkedHashSet<>(chosen);
                if (!toggled.remove(c.value())) {
                    toggled.add(c.value());
                }
                return new FacetGroup.Link(label.apply(facet, c.value()), Long.toString(c.count()), c.selected(),
                        state.withFacet(facet, toggled).url());
            }).toList()));
        }
        return groups;
    }

    /**
     * The chosen facet values, kept as hidden fields when the form searches new words.
     */
    private static List<Map.Entry<String, String>> hiddenFilters(SearchState state) {
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        state.filters()
            .forEach((facet,
                    values) -> values.stream().sorted().forEach(v -> hidden.add(Map.entry(facet.dimension(), v))));
        return hidden;
    }

}
