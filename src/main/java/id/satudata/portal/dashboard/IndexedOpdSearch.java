package id.satudata.portal.dashboard;

import id.satudata.portal.search.SearchHit;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchScope;
import id.satudata.portal.search.SearchService;
import id.satudata.portal.search.SearchSort;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dashboard's search: datasets through the Lucene index in the OPD's scope
 * (Indonesian analyzer, so "sehat" finds "kesehatan", ranked by relevance), integrations
 * by their words (they are not in the index).
 */
@Component
class IndexedOpdSearch implements OpdSearch {

    private final SearchService search;

    private final WordFilterSearch words = new WordFilterSearch();

    IndexedOpdSearch(SearchService search) {
        this.search = search;
    }

    @Override
    public Matches find(OpdDashboard dashboard, String text) {
        if (text.isBlank()) {
            return words.find(dashboard, text);
        }
        Map<Long, DatasetEntry> shown = dashboard.datasets()
            .stream()
            .collect(Collectors.toMap(d -> d.dataset().id(), Function.identity()));
        List<DatasetEntry> datasets = search
            .search(SearchScope.opd(dashboard.opd().id()),
                    new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, 0, SearchQuery.MAX_LIMIT))
            .hits()
            .stream()
            .map(SearchHit::datasetId)
            .filter(shown::containsKey)
            .map(shown::get)
            .toList();
        return new Matches(datasets, words.find(dashboard, text).integrations());
    }

}
