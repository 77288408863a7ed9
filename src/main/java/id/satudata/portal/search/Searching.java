package id.satudata.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.jspecify.annotations.Nullable;

/**
 * One search on one point-in-time view of the index: drill-sideways facets, sorting,
 * paging and highlighting, in two passes: an unscored one over every hit for the total
 * and the facets, then a scored one for the page.
 */
final class Searching {

    static final int FACET_VALUES = 50;

    private static final int SNIPPET = 240;

    private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT = Map.Entry.<String, Long>comparingByValue()
        .reversed()
        .thenComparing(Map.Entry.comparingByKey());

    private final IndexSearcher searcher;

    private final SegmentFacetsCache segments;

    private final RecentSearches recent;

    private final FacetsConfig config;

    private final Analyzer analyzer;

    private final ZoneId zone;

    Searching(IndexSearcher searcher, SegmentFacetsCache segments, RecentSearches recent, FacetsConfig config,
            Analyzer analyzer, ZoneId zone) {
        this.searcher = searcher;
        this.segments = segments;
        this.recent = recent;
        this.config = config;
        this.analyzer = analyzer;
        this.zone = zone;
    }

    SearchResult run(Query text, Query scope, SearchQuery query) throws IOException {
        Query base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
            .add(scope, BooleanClause.Occur.FILTER)
            .build();
        return recent.page(searcher, base, query, () -> page(text, base, query));
    }

    private SearchResult page(Query text, Query asked, SearchQuery query) throws IOException {
        // rewritten once for both passes: a typo-tolerant word builds its automaton
        // and expands in the term dictionary when rewritten (a tenth of a search)
        Query base = searcher.rewrite(asked);
        // first every hit, unscored: the exact total and the facet counts
        CountedHits[] found = new CountedHits[1];
        RecentSearches.Counted counted = recent.counts(searcher, asked, query, () -> {
            FacetCounting.Tally tally = searcher.search(base, new FacetCounting(segments, query.filters()));
            found[0] = tally.found();
            return new RecentSearches.Counted(tally.hits(), facets(tally.counts(), query));
        });
        if (counted.hits() == 0) {
            return new SearchResult(0, List.of(), counted.facets());
        }
        // then the page: with the total known, the collector may skip documents that
        // cannot make it (a broad query's scores need not all be computed)
        boolean scored = !(text instanceof MatchAllDocsQuery);
        Sort sort = sort(query.sort(), scored);
        int top = (int) Math.min(query.offset() + query.limit(), counted.hits());
        TopFieldDocs hits = searcher.search(pageQuery(text, base, query, found[0]),
                new TopFieldCollectorManager(sort, top, null, top));
        ScoreDoc[] page = slice(hits.scoreDocs, query.offset(), query.limit());
        return new SearchResult(counted.hits(), hits(page, scorePosition(sort), scored ? text : null),
                counted.facets());
    }

    /**
     * The query the page is ranked on: the search itself, restricted to the hits just
     * counted (they satisfy the facet choices), or drilled down by the choices when the
     * counts were kept from a moment ago.
     */
    private Query pageQuery(Query text, Query base, SearchQuery query, @Nullable CountedHits counted) {
        if (counted != null && (!query.filters().isEmpty() || words(text) > 1)) {
            // the counted hits passed the filters (the scope): they take their place, so
            // the top-k scorer keeps one filter, and one level (a nested query would
            // hide its clauses from it)
            BooleanQuery.Builder restricted = new BooleanQuery.Builder();
            if (base instanceof BooleanQuery clauses) {
                restricted.setMinimumNumberShouldMatch(clauses.getMinimumNumberShouldMatch());
                clauses.clauses()
                    .stream()
                    .filter(c -> c.occur() != BooleanClause.Occur.FILTER)
                    .forEach(restricted::add);
            }
            else {
                restricted.add(base, BooleanClause.Occur.MUST);
            }
            return restricted.add(counted, BooleanClause.Occur.FILTER).build();
        }
        if (query.filters().isEmpty()) {
            return base;
        }
        DrillDownQuery drill = new DrillDownQuery(config, base);
        query.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet.dimension(), v)));
        return drill;
    }

    /** The words all hits must have (the typed words, each in any field). */
    private static long words(Query text) {
        return text instanceof BooleanQuery all
                ? all.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.MUST).count() : 1;
    }

    /** Unscored searches by date are in index order: the first documents are the page. */
    private static Sort sort(SearchSort order, boolean scored) {
        SortField newest = IndexSchema.INDEX_ORDER.getSort()[0];
        return switch (order) {
            case RELEVANCE -> scored ? new Sort(SortField.FIELD_SCORE, newest) : IndexSchema.INDEX_ORDER;
            case NEWEST -> scored ? new Sort(newest, SortField.FIELD_SCORE) : IndexSchema.INDEX_ORDER;
            case TITLE ->
                new Sort(new SortField(IndexSchema.TITLE_SORT, SortField.Type.STRING), newest, SortField.FIELD_SCORE);
        };
    }

    private static int scorePosition(Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return i;
            }
        }
        return -1;
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[Math.min(limit, all.length - offset)];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    private List<SearchHit> hits(ScoreDoc[] page, int scoreAt, @Nullable Query highlight) throws IOException {
        HitCard[] cards = HitCard.read(searcher.getIndexReader(),
                Arrays.stream(page).mapToInt(hit -> hit.doc).toArray());
        Highlighting marks = highlight == null ? null : new Highlighting(highlight, analyzer);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            HitCard card = cards[i];
            String title = marks == null ? null : marks.title(card.title());
            String snippet = marks == null ? null : marks.snippet(card.description());
            hits.add(new SearchHit(card.id(), card.slug(), card.title(),
                    title != null ? title : Html.escape(card.title()),
                    snippet != null ? snippet : Html.escape(Html.shorten(card.description(), SNIPPET)), card.opdCode(),
                    card.opdName(), card.topicCode(), score(page[i], scoreAt), card.releasedAt() == null ? null
                            : OffsetDateTime.ofInstant(Instant.ofEpochMilli(card.releasedAt()), zone)));
        }
        return hits;
    }

    private static float score(ScoreDoc doc, int scoreAt) {
        if (scoreAt < 0 || !(doc instanceof FieldDoc field) || !(field.fields[scoreAt] instanceof Float score)) {
            return 0;
        }
        return Float.isNaN(score) ? 0 : score;
    }

    /**
     * The most frequent values of each facet, and the chosen ones even if none is left.
     */
    private static Map<Facet, List<FacetCount>> facets(Map<Facet, Map<String, Long>> tally, SearchQuery query) {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> chosen = query.values(facet);
            List<FacetCount> values = new ArrayList<>();
            tally.getOrDefault(facet, Map.of())
                .entrySet()
                .stream()
                .sorted(MOST_FREQUENT)
                .limit(FACET_VALUES)
                .forEach(e -> values.add(new FacetCount(e.getKey(), e.getValue(), chosen.contains(e.getKey()))));
            chosen.stream()
                .filter(v -> values.stream().noneMatch(c -> c.value().equals(v)))
                .forEach(v -> values.add(new FacetCount(v, 0, true)));
            counts.put(facet, values);
        }
        return counts;
    }

}
