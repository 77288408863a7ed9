package id.satudata.portal.search;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOSupplier;

/**
 * The answers of recent searches, as search engines keep them (Solr's query result
 * cache): a broad query among a million datasets visits 800,000 hits to count them and to
 * rank its page, and the next visitor asking the same, or the next page of it, need not
 * again. The searcher's reader is part of every key, so nothing of an older point in time
 * is ever answered: a change to the index opens a new reader. Least recently used entries
 * go first.
 */
final class RecentSearches {

    /** Keeps nothing: every search is counted and ranked (what a new query costs). */
    static final RecentSearches NONE = new RecentSearches(0);

    /** A query's hits and its facets as shown. */
    record Counted(long hits, Map<Facet, List<FacetCount>> facets) {
    }

    /** One query on one reader: its counts do not depend on order or page. */
    private record Search(Object reader, Query query, Map<Facet, Set<String>> filters) {
    }

    private record Page(Search search, SearchSort sort, int offset, int limit) {
    }

    /** The typed words of a search box on one reader, in one scope. */
    private record Typed(Object reader, Query scope, List<String> words, int limit) {
    }

    private final int capacity;

    private final Map<Object, Object> recent;

    RecentSearches(int capacity) {
        this.capacity = capacity;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    Counted counts(IndexSearcher searcher, Query query, SearchQuery asked, IOSupplier<Counted> count)
            throws IOException {
        return kept(search(searcher, query, asked), Counted.class, count);
    }

    SearchResult page(IndexSearcher searcher, Query query, SearchQuery asked, IOSupplier<SearchResult> search)
            throws IOException {
        Search key = search(searcher, query, asked);
        return kept(key == null ? null : new Page(key, asked.sort(), asked.offset(), asked.limit()), SearchResult.class,
                search);
    }

    /**
     * The suggestions for the typed words: visitors typing start with the same few
     * letters, and each of those short starts stands for thousands of titles.
     */
    @SuppressWarnings("unchecked")
    List<HitCard> suggestions(IndexSearcher searcher, Query scope, List<String> words, int limit,
            IOSupplier<List<HitCard>> suggest) throws IOException {
        IndexReader.CacheHelper reader = searcher.getIndexReader().getReaderCacheHelper();
        Typed key = capacity == 0 || reader == null ? null : new Typed(reader.getKey(), scope, words, limit);
        return kept(key, List.class, suggest::get);
    }

    private Search search(IndexSearcher searcher, Query query, SearchQuery asked) {
        IndexReader.CacheHelper reader = searcher.getIndexReader().getReaderCacheHelper();
        return capacity == 0 || reader == null ? null : new Search(reader.getKey(), query, asked.filters());
    }

    private <T> T kept(Object key, Class<T> type, IOSupplier<T> compute) throws IOException {
        if (key == null) {
            return compute.get();
        }
        Object found = recent.get(key);
        if (found != null) {
            return type.cast(found);
        }
        T computed = compute.get();
        recent.put(key, computed);
        return computed;
    }

}
