package id.satudata.portal.portal.ui;

import com.vaadin.flow.router.QueryParameters;
import id.satudata.portal.search.Facet;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of the search page as URL parameters: {@code q}, one parameter per facet
 * ({@code organisation}, {@code topic}, {@code tag}, {@code format}, {@code year}; repeat
 * for several values), {@code urut} (sort) and {@code hal} (page). Bad or missing values
 * fall back to defaults; text is cut at {@link #MAX_TEXT} characters.
 */
record SearchState(String text, Map<Facet, Set<String>> filters, SearchSort sort, int page) {

    static final int MAX_TEXT = 200;

    static final int MAX_VALUES = 20;

    static final SearchState EMPTY = new SearchState("", Map.of(), SearchSort.RELEVANCE, 1);

    SearchState {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    static SearchState of(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String text = first(p, "q");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = p.getOrDefault(facet.dimension(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            values.stream().filter(v -> !v.isBlank() && v.length() <= 100).limit(MAX_VALUES).forEach(kept::add);
            filters.put(facet, kept);
        }
        SearchSort sort = Arrays.stream(SearchSort.values())
            .filter(s -> s.name().equalsIgnoreCase(first(p, "urut")))
            .findFirst()
            .orElse(SearchSort.RELEVANCE);
        int maxPage = SearchQuery.MAX_OFFSET / SearchView.PAGE_SIZE;
        int page = Math.min(Pager.pageOf(p.get(DatasetListing.PAGE_PARAMETER)), maxPage);
        return new SearchState(text.strip(), filters, sort, page);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    SearchQuery query(int pageSize) {
        return new SearchQuery(text, filters, sort, (page - 1) * pageSize, pageSize);
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    SearchState withText(String newText) {
        return new SearchState(newText, filters, sort, 1);
    }

    SearchState withSort(SearchSort newSort) {
        return new SearchState(text, filters, newSort, 1);
    }

    SearchState withPage(int newPage) {
        return new SearchState(text, filters, sort, newPage);
    }

    SearchState withFacet(Facet facet, Set<String> values) {
        Map<Facet, Set<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(facet, values);
        return new SearchState(text, more, sort, 1);
    }

    SearchState withoutFilters() {
        return new SearchState(text, Map.of(), sort, 1);
    }

    QueryParameters parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!text.isBlank()) {
            p.put("q", List.of(text));
        }
        filters
            .forEach((facet, values) -> p.put(facet.dimension(), new ArrayList<>(values.stream().sorted().toList())));
        if (sort != SearchSort.RELEVANCE) {
            p.put("urut", List.of(sort.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (page > 1) {
            p.put(DatasetListing.PAGE_PARAMETER, List.of(Integer.toString(page)));
        }
        return new QueryParameters(p);
    }

}
