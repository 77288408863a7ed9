package id.satudata.portal.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: the total, one page of hits and the counts of each
 * facet. Facet counts are "drill sideways": for a facet with chosen values, the counts
 * are those the other choices leave, so other values of the same facet can be added.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public static SearchResult empty() {
        return new SearchResult(0, List.of(), Map.of());
    }

    public List<FacetCount> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

}
