package id.satudata.portal.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The {@link SegmentFacets} of each open segment: read once per segment (a refresh after
 * a change reads only the new small segments) and dropped when the segment closes.
 */
final class SegmentFacetsCache {

    private final Map<Object, SegmentFacets> segments = new ConcurrentHashMap<>();

    SegmentFacets of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return SegmentFacets.read(segment);
        }
        SegmentFacets found = segments.get(core.getKey());
        if (found == null) {
            found = SegmentFacets.read(segment);
            if (segments.putIfAbsent(core.getKey(), found) == null) {
                core.addClosedListener(segments::remove);
            }
        }
        return found;
    }

    /** Reads the segments of a new reader ahead of its first search. */
    void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf.reader());
        }
    }

    int size() {
        return segments.size();
    }

}
