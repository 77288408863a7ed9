package id.satudata.portal.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a visitor asks: free text (may be empty: everything), the facet values chosen (OR
 * within a facet, AND across facets), order and page.
 *
 * @param text free text; any characters (query syntax that does not parse is taken
 * literally)
 * @param filters chosen values per facet: OPD code, topic code, tag, format (CSV), year
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SearchSort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public static final int MAX_OFFSET = 10_000;

    public SearchQuery {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** The first page of 20 by relevance, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, 20);
    }

    public SearchQuery filter(Facet facet, String... values) {
        Map<Facet, Set<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(facet, Set.of(values));
        return new SearchQuery(text, more, sort, offset, limit);
    }

    public SearchQuery sorted(SearchSort order) {
        return new SearchQuery(text, filters, order, offset, limit);
    }

    public SearchQuery page(int from, int size) {
        return new SearchQuery(text, filters, sort, from, size);
    }

    public List<String> values(Facet facet) {
        return List.copyOf(filters.getOrDefault(facet, Set.of()));
    }

}
