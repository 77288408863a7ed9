package id.satudata.portal.api.ckan;

import id.satudata.portal.catalog.CatalogOrder;
import id.satudata.portal.catalog.CatalogPage;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import java.util.ArrayList;
import id.satudata.portal.search.SearchHit;
import id.satudata.portal.search.SearchQuery;
import id.satudata.portal.search.SearchResult;
import id.satudata.portal.search.SearchScope;
import id.satudata.portal.search.SearchService;
import id.satudata.portal.search.SearchSort;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code package_search} over the released datasets of {@link PublicCatalog}: free text
 * ranked by the Lucene index ({@link SearchService}, public scope), then CKAN's
 * {@code fq} filters, sort, paging and facet counts over the matching datasets.
 */
@Component
class PackageSearch {

    /** The question: words, filters, sort, page and facets asked for. */
    record Query(String q, List<SearchFilter> filters, String sort, int start, int rows, List<String> facetFields,
            int facetLimit) {
    }

    /** One facet value with its display name and count. */
    record FacetValue(String name, String displayName, long count) {
    }

    record Result(long count, List<DatasetSummary> results, Map<String, List<FacetValue>> facets) {
    }

    private final PublicCatalog catalog;

    private final SearchService searchService;

    PackageSearch(PublicCatalog catalog, SearchService searchService) {
        this.catalog = catalog;
        this.searchService = searchService;
    }

    Result search(Query query) {
        List<DatasetSummary> all = new ArrayList<>();
        int offset = 0;
        CatalogPage<DatasetSummary> page;
        do {
            page = catalog.datasets(null, null, null, CatalogOrder.MODIFIED, offset, PublicCatalog.MAX_PAGE);
            all.addAll(page.items());
            offset += PublicCatalog.MAX_PAGE;
        }
        while (offset < page.total());
        Map<Long, Integer> rank = ranks(query.q());
        List<DatasetSummary> hits = all.stream()
            .filter(s -> query.filters().stream().allMatch(f -> values(s, f.field()).contains(f.value())))
            .filter(s -> rank == null || rank.containsKey(s.id()))
            .sorted(order(query.sort(), rank == null ? Map.of() : rank))
            .toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String field : query.facetFields()) {
            facets.put(field, facet(hits, field, query.facetLimit()));
        }
        int from = Math.min(query.start(), hits.size());
        int to = Math.min(from + query.rows(), hits.size());
        return new Result(hits.size(), hits.subList(from, to), facets);
    }

    /**
     * The datasets matching the words, ranked by the Lucene index (Indonesian analyzer);
     * null when there are no words (everything matches).
     */
    private @Nullable Map<Long, Integer> ranks(String q) {
        String text = q.strip();
        if (text.isEmpty() || text.equals("*:*") || text.equals("*")) {
            return null;
        }
        Map<Long, Integer> rank = new HashMap<>();
        int offset = 0;
        SearchResult result;
        do {
            result = searchService.search(SearchScope.publicScope(),
                    new SearchQuery(text, Map.of(), SearchSort.RELEVANCE, offset, SearchQuery.MAX_LIMIT));
            for (SearchHit hit : result.hits()) {
                rank.putIfAbsent(hit.datasetId(), rank.size());
            }
            offset += SearchQuery.MAX_LIMIT;
        }
        while (offset < result.total() && offset <= SearchQuery.MAX_OFFSET);
        return rank;
    }

    static List<String> values(DatasetSummary s, String field) {
        return switch (field) {
            case "organization" -> List.of(s.organisation().code());
            case "groups" -> s.topic() == null ? List.of() : List.of(s.topic().code());
            case "tags" -> s.tags();
            case "license_id" -> List.of(s.licence().id());
            case "res_format" -> List.of("CSV", "JSON", "XLSX", "API");
            case "name" -> List.of(s.slug());
            default -> throw CkanException.searchQuery("cannot facet on '" + field + "'");
        };
    }

    private static String display(DatasetSummary s, String field, String value) {
        return switch (field) {
            case "organization" -> s.organisation().name();
            case "groups" -> s.topic() == null ? value : s.topic().nameId();
            case "license_id" -> s.licence().title();
            default -> value;
        };
    }

    private static List<FacetValue> facet(List<DatasetSummary> hits, String field, int limit) {
        Map<String, FacetValue> counts = new LinkedHashMap<>();
        for (DatasetSummary s : hits) {
            for (String value : values(s, field)) {
                FacetValue before = counts.get(value);
                counts.put(value,
                        new FacetValue(value, display(s, field, value), before == null ? 1 : before.count() + 1));
            }
        }
        return counts.values()
            .stream()
            .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::name))
            .limit(limit < 0 ? Long.MAX_VALUE : limit)
            .toList();
    }

    /**
     * CKAN sort strings: {@code metadata_modified desc}, {@code title_string asc}, ....
     */
    static Comparator<DatasetSummary> order(String sort, Map<Long, Integer> rank) {
        Comparator<DatasetSummary> order = null;
        for (String part : sort.split(",")) {
            String[] words = part.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            boolean desc = words.length > 1 && words[1].equals("desc");
            if (words.length > 2 || words.length == 2 && !desc && !words[1].equals("asc")) {
                throw CkanException.searchQuery("cannot read sort '" + part.strip() + "'");
            }
            Comparator<DatasetSummary> one = key(words[0], rank);
            if (one == null) {
                continue;
            }
            one = desc ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<DatasetSummary> bySlug = Comparator.comparing(DatasetSummary::slug);
        return order == null ? bySlug : order.thenComparing(bySlug);
    }

    private static @Nullable Comparator<DatasetSummary> key(String field, Map<Long, Integer> rank) {
        return switch (field) {
            case "score" -> rank.isEmpty() ? null
                    : Comparator.<DatasetSummary>comparingInt(s -> -rank.getOrDefault(s.id(), Integer.MAX_VALUE));
            case "metadata_modified" -> Comparator.comparing(DatasetSummary::modifiedAt);
            case "metadata_created" -> Comparator.comparing(DatasetSummary::createdAt);
            case "title_string", "title" -> Comparator.comparing(s -> s.title().toLowerCase(Locale.ROOT));
            case "name" -> Comparator.comparing(DatasetSummary::slug);
            case "views_recent", "views_total" -> Comparator.comparingLong(DatasetSummary::views);
            default -> throw CkanException.searchQuery("cannot sort by '" + field + "'");
        };
    }

}
