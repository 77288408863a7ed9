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
 * The exact total and facet counts of recent searches. Counting visits every hit (800,000
 * for a broad query among a million datasets); the next page, another order or the next
 * visitor asking the same need not count again. The searcher's reader is part of the key,
 * so counts of an older point in time are never used: a change to the index opens a new
 * reader and counts afresh.
 */
final class HitCountCache {

    /** Counts every time (what a query never asked before costs). */
    static final HitCountCache NONE = new HitCountCache(0);

    /** A query's hits and its facets as shown. */
    record Counted(long hits, Map<Facet, List<FacetCount>> facets) {
    }

    private record Key(Object reader, Query query, Map<Facet, Set<String>> filters) {
    }

    private final Map<Key, Counted> recent;

    private final int capacity;

    HitCountCache(int capacity) {
        this.capacity = capacity;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
                return size() > capacity;
            }
        });
    }

    Counted get(IndexSearcher searcher, Query query, Map<Facet, Set<String>> filters, IOSupplier<Counted> count)
            throws IOException {
        IndexReader.CacheHelper reader = searcher.getIndexReader().getReaderCacheHelper();
        if (capacity == 0 || reader == null) {
            return count.get();
        }
        Key key = new Key(reader.getKey(), query, filters);
        Counted counted = recent.get(key);
        if (counted == null) {
            counted = count.get();
            recent.put(key, counted);
        }
        return counted;
    }

}
