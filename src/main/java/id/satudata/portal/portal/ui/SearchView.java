package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.satudata.portal.portal.PortalSearch;
import id.satudata.portal.search.Facet;
import id.satudata.portal.search.FacetCount;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchSort;
import id.satudata.portal.ui.PublicLayout;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The search page ({@code /cari?q=...}): the search box with suggestions, facets (OPD,
 * topic, tag, format, year) as checkboxes with counts, results with the matches marked,
 * sort and paging. The whole state is in the URL, so every result page can be linked.
 */
@Route(value = SearchView.PATH, layout = PublicLayout.class)
@Menu(title = "portal.nav.search", order = 1)
@AnonymousAllowed
@StyleSheet(PublicHomeView.STYLESHEET)
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "cari";

    static final int PAGE_SIZE = 10;

    private final PortalSearch search;

    private final FacetLabels labels;

    private final Clock clock;

    private SearchState state = SearchState.EMPTY;

    public SearchView(PortalSearch search, FacetLabels labels, Clock clock) {
        this.search = search;
        this.labels = labels;
        this.clock = clock;
        setId("search");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.of(event.getLocation().getQueryParameters());
        removeAll();
        PortalSearch.Results results = search.search(state.query(PAGE_SIZE));
        Div main = new Div(head(results.result().total()));
        main.addClassName("search-results");
        if (results.found().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.searchPage.none"));
            none.setId("no-results");
            main.add(none);
        }
        Div list = new Div();
        list.setId("results");
        results.found()
            .forEach(f -> list
                .add(new DatasetCard(f.summary(), clock.getZone(), f.hit().titleHtml(), f.hit().snippetHtml())));
        main.add(list, new Pager(state.page(), Math.min(results.result().total(), SearchQuery.MAX_OFFSET), PAGE_SIZE,
                p -> url(state.withPage(p))));
        Div layout = new Div(facets(results), main);
        layout.addClassName("search-layout");
        add(new H1(getTranslation("portal.searchPage.title")), new SearchBox(state.text(), search::suggest), layout);
    }

    private Component head(long total) {
        String count = state.text().isBlank()
                ? getTranslation("portal.searchPage.results", PortalFormat.number(total, getLocale()))
                : getTranslation("portal.searchPage.resultsFor", PortalFormat.number(total, getLocale()), state.text());
        Paragraph summary = new Paragraph(count);
        summary.setId("result-count");
        Select<SearchSort> sort = new Select<>();
        sort.setId("sort");
        sort.setLabel(getTranslation("portal.searchPage.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("portal.searchPage.sort." + s.name()));
        sort.setValue(state.sort());
        sort.addValueChangeListener(e -> go(state.withSort(e.getValue())));
        Div head = new Div(summary, sort);
        head.addClassName("results-head");
        return head;
    }

    private Component facets(PortalSearch.Results results) {
        Aside aside = new Aside(new H2(getTranslation("portal.searchPage.facets")));
        aside.setId("facets");
        aside.addClassName("facets");
        var label = labels.in(getLocale());
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = results.result().facet(facet);
            if (counts.isEmpty()) {
                continue;
            }
            CheckboxGroup<FacetCount> group = new CheckboxGroup<>(getTranslation("portal.facet." + facet.dimension()));
            group.setId("facet-" + facet.dimension());
            group.addClassName("facet");
            group.addThemeName("vertical");
            group.setItems(counts);
            group.setItemLabelGenerator(
                    c -> label.apply(facet, c.value()) + " (" + PortalFormat.number(c.count(), getLocale()) + ")");
            group.setValue(Set.copyOf(counts.stream().filter(FacetCount::selected).toList()));
            group.addValueChangeListener(e -> {
                Set<String> chosen = new LinkedHashSet<>();
                e.getValue().forEach(c -> chosen.add(c.value()));
                go(state.withFacet(facet, chosen));
            });
            aside.add(group);
        }
        if (state.hasFilters()) {
            Anchor clear = new Anchor(url(state.withoutFilters()), getTranslation("portal.searchPage.clear"));
            clear.setId("clear-filters");
            aside.add(clear);
        }
        return aside;
    }

    private void go(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, next.parameters()));
    }

    static String url(SearchState state) {
        String query = state.parameters().getQueryString();
        return "/" + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public String getPageTitle() {
        return state.text().isBlank() ? getTranslation("portal.searchPage.title")
                : state.text() + " | " + getTranslation("portal.searchPage.title");
    }

    /** The parameters of a search page URL for a text. */
    static QueryParameters forText(String text) {
        return SearchState.EMPTY.withText(text).parameters();
    }

}
