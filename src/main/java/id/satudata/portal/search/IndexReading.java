package id.satudata.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.AlreadyClosedException;
import org.jspecify.annotations.Nullable;

/**
 * The reading side of {@link SearchIndex}: searches on the near-real-time searcher of
 * whichever index is open now, and the searcher factory that makes each new searcher's
 * facet values ready before its first search.
 */
final class IndexReading {

    private final Supplier<@Nullable OpenIndex> current;

    private final SegmentFacetsCache segmentFacets = new SegmentFacetsCache();

    private final RecentSearches recentSearches = new RecentSearches(1024);

    private final RecentSearches recentSuggestions = new RecentSearches(1024);

    private final FacetsConfig facets;

    private final Analyzer analyzer;

    private final ZoneId zone;

    /** Something read from one searcher. */
    @FunctionalInterface
    private interface Read<T> {

        T from(IndexSearcher searcher) throws IOException;

    }

    IndexReading(Supplier<@Nullable OpenIndex> current, FacetsConfig facets, Analyzer analyzer, ZoneId zone) {
        this.current = current;
        this.facets = facets;
        this.analyzer = analyzer;
        this.zone = zone;
    }

    /**
     * A search; with {@code kept} its answer may be that of the same search on the same
     * searcher a moment ago ({@link RecentSearches}).
     */
    SearchResult search(Query text, Query scope, SearchQuery query, boolean kept) {
        RecentSearches recent = kept ? recentSearches : RecentSearches.NONE;
        return read(searcher -> searcher.getIndexReader().numDocs() == 0 ? SearchResult.empty()
                : new Searching(searcher, segmentFacets, recent, facets, analyzer, zone).run(text, scope, query));
    }

    /**
     * Suggestions; with {@code kept} they may be those of the same words on the same
     * searcher a moment ago.
     */
    List<HitCard> suggest(List<String> words, Query scope, int limit, boolean kept) {
        RecentSearches recent = kept ? recentSuggestions : RecentSearches.NONE;
        return read(searcher -> recent.suggestions(searcher, scope, words, limit,
                () -> new Suggesting(searcher).titles(words, scope, limit)));
    }

    long count(Query query) {
        return read(searcher -> (long) searcher.count(query));
    }

    /**
     * Reads from the current searcher; when the index was reopened meanwhile (its
     * searchers closed), reads again from the new one.
     */
    private <T> T read(Read<T> read) {
        for (int attempt = 0;; attempt++) {
            OpenIndex open = current.get();
            if (open == null) {
                throw new IllegalStateException("Search index is not open");
            }
            try {
                IndexSearcher searcher = open.searchers().acquire();
                try {
                    return read.from(searcher);
                }
                finally {
                    open.searchers().release(searcher);
                }
            }
            catch (AlreadyClosedException reopened) {
                if (attempt > 0 || current.get() == open) {
                    throw reopened;
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Makes each new searcher with the facet values of its new segments ready, on the
     * thread that changed the index, so the first search on it does not pay for them.
     */
    SearcherFactory warming() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) throws IOException {
                IndexSearcher searcher = super.newSearcher(reader, previous);
                segmentFacets.warm(reader);
                return searcher;
            }
        };
    }

}
