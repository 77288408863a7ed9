package id.satudata.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The fingerprint of every dataset as the index holds it, to tell what the database has
 * changed since: kept as documents are added and deleted, read back from doc values when
 * an existing index is opened.
 */
final class IndexedFingerprints {

    private final Map<Long, String> prints = new ConcurrentHashMap<>();

    void put(long datasetId, String fingerprint) {
        prints.put(datasetId, fingerprint);
    }

    void remove(long datasetId) {
        prints.remove(datasetId);
    }

    /** Marks the datasets unknown: the next comparison finds them changed. */
    void forget(List<Long> datasetIds) {
        datasetIds.forEach(prints::remove);
    }

    void clear() {
        prints.clear();
    }

    int size() {
        return prints.size();
    }

    /** Reads the fingerprints of the index's live documents. */
    void load(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (var leaf : reader.leaves()) {
                LeafReader segment = leaf.reader();
                Bits live = segment.getLiveDocs();
                NumericDocValues ids = DocValues.getNumeric(segment, IndexSchema.ID_VALUE);
                BinaryDocValues fingerprints = DocValues.getBinary(segment, IndexSchema.FINGERPRINT);
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && fingerprints.advanceExact(doc)) {
                        prints.put(ids.longValue(), fingerprints.binaryValue().utf8ToString());
                    }
                }
            }
        }
    }

    /** The datasets whose fingerprint in the database differs from the indexed one. */
    List<Long> changedIn(Map<Long, String> database) {
        List<Long> changed = new ArrayList<>();
        database.forEach((id, print) -> {
            if (!print.equals(prints.get(id))) {
                changed.add(id);
            }
        });
        return changed;
    }

    /** The indexed datasets the database no longer holds. */
    Set<Long> goneFrom(Map<Long, String> database) {
        Set<Long> gone = new HashSet<>(prints.keySet());
        gone.removeAll(database.keySet());
        return gone;
    }

}
