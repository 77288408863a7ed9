package id.satudata.portal.portal;

import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.search.SearchHit;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchResult;
import id.satudata.portal.search.SearchScope;
import id.satudata.portal.search.SearchService;
import id.satudata.portal.search.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the public pages ask of search, always in the public scope: suggestions for the
 * search box, and result pages whose hits come with their catalogue summaries.
 */
@Component
public class PortalSearch {

    private final SearchService search;

    private final PublicCatalog catalog;

    PortalSearch(SearchService search, PublicCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    /** A hit with the summary its card shows. */
    public record Found(SearchHit hit, DatasetSummary summary) {
    }

    /** A page of results: the search's answer and the found datasets, in order. */
    public record Results(SearchResult result, List<Found> found) {
    }

    /** Titles of released datasets starting with the typed words, for the search box. */
    public List<String> suggest(String typed, int limit) {
        return search.suggest(SearchScope.publicScope(), typed, limit).stream().map(Suggestion::title).toList();
    }

    public Results search(SearchQuery query) {
        SearchResult result = search.search(SearchScope.publicScope(), query);
        Map<Long, DatasetSummary> summaries = catalog
            .summaries(result.hits().stream().map(SearchHit::datasetId).toList())
            .stream()
            .collect(Collectors.toMap(DatasetSummary::id, Function.identity()));
        List<Found> found = result.hits()
            .stream()
            .filter(h -> summaries.containsKey(h.datasetId()))
            .map(h -> new Found(h, summaries.get(h.datasetId())))
            .toList();
        return new Results(result, found);
    }

}
