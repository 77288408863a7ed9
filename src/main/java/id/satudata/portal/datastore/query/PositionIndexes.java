package id.satudata.portal.datastore.query;

import id.satudata.portal.datastore.Dataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Position indexes of sorted or filtered views: every {@link #STEP}-th seek position of
 * the view and its row count, so any page is one seek plus a skip of less than STEP
 * entries. Built on first use with one scan, kept for the dataset's data version (a load
 * or schema change makes them stale), at most {@link #MAX} of them.
 */
@Component
class PositionIndexes {

    static final int STEP = 1000;

    static final int MAX = 64;

    /** One view's index. */
    record Index(List<QueryRepository.Seek> fences, long total) {
    }

    private record Key(long datasetId, long dataVersion, int schemaVersion, RowQuery query) {
    }

    private final Map<Key, Index> indexes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Index> eldest) {
            return size() > MAX;
        }
    };

    Index get(Dataset dataset, RowQuery query, Supplier<Index> build) {
        Key key = new Key(dataset.id(), dataset.dataVersion(), dataset.schemaVersion(), query);
        synchronized (indexes) {
            Index index = indexes.get(key);
            if (index != null) {
                return index;
            }
        }
        Index built = build.get();
        synchronized (indexes) {
            indexes.put(key, built);
        }
        return built;
    }

}
