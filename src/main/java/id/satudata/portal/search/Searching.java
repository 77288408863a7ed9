package id.satudata.portal.search;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
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

    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.SLUG, IndexSchema.TITLE,
            IndexSchema.DESCRIPTION, IndexSchema.OPD_CODE, IndexSchema.OPD_NAME, IndexSchema.TOPIC_CODE,
            IndexSchema.RELEASED);

    private static final int SNIPPET = 240;

    private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT = Map.Entry.<String, Long>comparingByValue()
        .reversed()
        .thenComparing(Map.Entry.comparingByKey());

    private final IndexSearcher searcher;

    private final SegmentFacetsCache segments;

    private final FacetsConfig config;

    private final Analyzer analyzer;

    private final ZoneId zone;

    Searching(IndexSearcher searcher, SegmentFacetsCache segments, FacetsConfig config, Analyzer analyzer,
            ZoneId zone) {
        this.searcher = searcher;
        this.segments = segments;
        this.config = config;
        this.analyzer = analyzer;
        this.zone = zone;
    }

    SearchResult run(Query text, Query scope, SearchQuery query, boolean highlight) throws IOException {
        Query base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
            .add(scope, BooleanClause.Occur.FILTER)
            .build();
        // first every hit, unscored: the exact total and the facet counts
        FacetCounting.Tally tally = searcher.search(base, new FacetCounting(segments, query.filters()));
        if (tally.hits() == 0) {
            return new SearchResult(0, List.of(), facets(tally.counts(), query));
        }
        // then the page: with the total known, the collector may skip documents that
        // cannot make it (a broad query's scores need not all be computed)
        DrillDownQuery drill = new DrillDownQuery(config, base);
        query.filters().forEach((facet, values) -> values.forEach(v -> drill.add(facet.dimension(), v)));
        boolean scored = !(text instanceof MatchAllDocsQuery);
        Sort sort = sort(query.sort(), scored);
        int top = (int) Math.min(query.offset() + query.limit(), tally.hits());
        TopFieldDocs hits = searcher.search(query.filters().isEmpty() ? base : drill,
                new TopFieldCollectorManager(sort, top, null, top));
        ScoreDoc[] page = slice(hits.scoreDocs, query.offset(), query.limit());
        return new SearchResult(tally.hits(), hits(page, scorePosition(sort), scored && highlight ? text : null),
                facets(tally.counts(), query));
    }

    private static Sort sort(SearchSort order, boolean scored) {
        SortField newest = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        return switch (order) {
            case RELEVANCE -> scored ? new Sort(SortField.FIELD_SCORE, newest) : new Sort(newest);
            case NEWEST -> new Sort(newest, SortField.FIELD_SCORE);
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
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
            documents.put(ids[i], stored.document(ids[i], HIT_FIELDS));
        }
        Map<String, String[]> marked = highlight != null && page.length > 0
                ? Highlighting.highlight(searcher, analyzer, highlight, ids, documents) : Map.of();
        String[] titles = marked.getOrDefault(IndexSchema.TITLE, new String[page.length]);
        String[] snippets = marked.getOrDefault(IndexSchema.DESCRIPTION, new String[page.length]);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(ids[i]);
            String title = doc.get(IndexSchema.TITLE);
            String description = doc.get(IndexSchema.DESCRIPTION);
            IndexableField released = doc.getField(IndexSchema.RELEASED);
            hits.add(new SearchHit(Long.parseLong(doc.get(IndexSchema.ID)), doc.get(IndexSchema.SLUG), title,
                    titles[i] != null ? titles[i] : Html.escape(title),
                    snippets[i] != null ? snippets[i] : Html.escape(Html.shorten(description, SNIPPET)),
                    doc.get(IndexSchema.OPD_CODE), doc.get(IndexSchema.OPD_NAME), doc.get(IndexSchema.TOPIC_CODE),
                    score(page[i], scoreAt), released == null ? null : OffsetDateTime
                        .ofInstant(Instant.ofEpochMilli(released.numericValue().longValue()), zone)));
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
