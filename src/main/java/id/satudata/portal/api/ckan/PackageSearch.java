package id.satudata.portal.api.ckan;

import id.satudata.portal.catalog.CatalogField;
import id.satudata.portal.catalog.CatalogFilter;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.CatalogSearch;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.FacetCount;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.ResourceKind;
import id.satudata.portal.search.SearchHit;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchResult;
import id.satudata.portal.search.SearchScope;
import id.satudata.portal.search.SearchService;
import id.satudata.portal.search.SearchSort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code package_search} over the released datasets of {@link PublicCatalog}: free text
 * ranked by the Lucene index ({@link SearchService}, public scope); the {@code fq} filter
 * ({@link FilterQuery}), sort, paging and facet counts in PostgreSQL, one page at a time.
 * The dataset's UUID breaks every tie, so paging with rows and start neither repeats nor
 * skips a dataset while nothing changes.
 */
@Component
class PackageSearch {

    /** The fields facets count: CKAN's names. */
    static final Map<String, CatalogField> FACETS = Map.of("organization", CatalogField.ORGANIZATION, "groups",
            CatalogField.GROUPS, "tags", CatalogField.TAGS, "license_id", CatalogField.LICENSE_ID, "res_format",
            CatalogField.RES_FORMAT);

    /** The question: words, filter, sort, page and facets asked for. */
    record Query(String q, CatalogFilter filter, String sort, int start, int rows, List<String> facetFields,
            int facetLimit) {
    }

    record Result(long count, List<DatasetSummary> results, Map<String, List<FacetCount>> facets) {
    }

    private final PublicCatalog catalog;

    private final SearchService searchService;

    PackageSearch(PublicCatalog catalog, SearchService searchService) {
        this.catalog = catalog;
        this.searchService = searchService;
    }

    Result search(Query query) {
        List<Long> ranked = ranks(query.q());
        List<CatalogSearch.Order> order = order(query.sort(), ranked != null);
        // rows=0 asks for the count and facets only; the catalogue reads pages of at
        // least one
        CatalogPage<DatasetSummary> page = catalog
            .search(new CatalogSearch(query.filter(), order, ranked, query.start(), Math.max(1, query.rows())));
        CatalogSearch all = new CatalogSearch(query.filter(), order, ranked, 0, 1);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String field : query.facetFields()) {
            facets.put(field, field.equals("res_format") ? formats(page.total())
                    : catalog.facet(all, FACETS.get(field), query.facetLimit()));
        }
        return new Result(page.total(), query.rows() == 0 ? List.of() : page.items(), facets);
    }

    /** Every released dataset has all four formats. */
    private static List<FacetCount> formats(long total) {
        return total == 0 ? List.of()
                : Arrays.stream(ResourceKind.values()).map(k -> new FacetCount(k.name(), k.name(), total)).toList();
    }

    /**
     * The datasets matching the words, best first, from the Lucene index (Indonesian
     * analyzer); null when there are no words (everything matches).
     */
    private @Nullable List<Long> ranks(String q) {
        String text = q.strip();
        if (text.isEmpty() || text.equals("*:*") || text.equals("*")) {
            return null;
        }
        Set<Long> rank = new LinkedHashSet<>();
        int offset = 0;
        SearchResult result;
        do {
            result = searchService.search(SearchScope.publicScope(),
                    new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, offset, SearchQuery.MAX_LIMIT));
            for (SearchHit hit : result.hits()) {
                rank.add(hit.datasetId());
            }
            offset += SearchQuery.MAX_LIMIT;
        }
        while (offset < result.total() && offset <= SearchQuery.MAX_OFFSET);
        return new ArrayList<>(rank);
    }

    /**
     * CKAN sort strings: {@code id asc}, {@code metadata_modified desc},
     * {@code title_string asc, name asc}, {@code score desc, metadata_modified desc} ...
     * ({@code score} counts only when there are words).
     */
    static List<CatalogSearch.Order> order(String sort, boolean words) {
        List<CatalogSearch.Order> order = new ArrayList<>();
        for (String part : sort.split(",")) {
            String[] parts = part.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            boolean desc = parts.length > 1 && parts[1].equals("desc");
            if (parts.length > 2 || parts.length == 2 && !desc && !parts[1].equals("asc")) {
                throw CkanException.searchQuery("cannot read sort '" + part.strip() + "'");
            }
            if (parts[0].equals("score")) {
                if (words) {
                    // best first is "score desc"; the rank counts up from the best
                    order.add(new CatalogSearch.Order(null, !desc));
                }
                continue;
            }
            order.add(new CatalogSearch.Order(sortField(parts[0]), desc));
        }
        return order;
    }

    private static CatalogField sortField(String name) {
        return switch (name) {
            case "id" -> CatalogField.ID;
            case "name" -> CatalogField.NAME;
            case "metadata_modified" -> CatalogField.METADATA_MODIFIED;
            case "metadata_created" -> CatalogField.METADATA_CREATED;
            case "title_string", "title" -> CatalogField.TITLE;
            case "views_recent", "views_total" -> CatalogField.VIEWS;
            default -> throw CkanException.searchQuery("cannot sort by '" + name + "'");
        };
    }

}
