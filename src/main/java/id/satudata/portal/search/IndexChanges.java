package id.satudata.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * The changes of the index's documents, each keeping the {@link IndexedFingerprints} in
 * step: filling the index from the database, updating or removing one dataset, and the
 * reconcile of the indexed fingerprints with the database's. The caller
 * ({@link SearchIndex}) holds the write lock and marks the datasets of a failed change.
 */
final class IndexChanges {

    /** Datasets re-read from the database per query during a reconcile. */
    private static final int FIND_BATCH = 1000;

    private final IndexSourceRepository source;

    private final FacetsConfig facets;

    private final IndexedFingerprints indexed;

    IndexChanges(IndexSourceRepository source, FacetsConfig facets, IndexedFingerprints indexed) {
        this.source = source;
        this.facets = facets;
        this.indexed = indexed;
    }

    /** Empties the index and adds every dataset of the database. */
    void fill(OpenIndex open) throws IOException {
        IndexWriter w = open.writer();
        w.deleteAll();
        indexed.clear();
        // the index is empty: plain additions, no delete term per document to apply
        try (BulkIndexing adding = new BulkIndexing(w, facets, indexed)) {
            source.all(adding::add);
            adding.finish();
        }
        // one segment: fewer per-segment steps per query, facet ordinals without
        // mapping; later updates add small segments the merge policy folds in
        w.forceMerge(1);
        open.commit();
    }

    /** Indexes the dataset as it is now in the database (removes it if it is gone). */
    void update(OpenIndex open, long datasetId) throws IOException {
        var document = source.find(datasetId);
        if (document.isPresent()) {
            add(open.writer(), document.get());
        }
        else {
            delete(open, datasetId);
        }
        open.commit();
    }

    void remove(OpenIndex open, long datasetId) throws IOException {
        delete(open, datasetId);
        open.commit();
    }

    /**
     * What differs between the index and the database's fingerprints (read before the
     * write lock was taken).
     */
    Differences differencesFrom(Map<Long, String> database) {
        return new Differences(indexed.changedIn(database), indexed.goneFrom(database));
    }

    /**
     * Re-indexes the changed datasets and drops the gone ones. A dataset added after the
     * fingerprints were read looks gone: it is looked up again and indexed (and leaves
     * {@code gone}).
     */
    void reconcile(OpenIndex open, Differences differences) throws IOException {
        List<Long> changed = differences.changed();
        Set<Long> gone = differences.gone();
        for (int from = 0; from < changed.size(); from += FIND_BATCH) {
            source.find(changed.subList(from, Math.min(changed.size(), from + FIND_BATCH)), d -> add(open.writer(), d));
        }
        source.find(List.copyOf(gone), d -> {
            gone.remove(d.id());
            add(open.writer(), d);
        });
        for (long id : gone) {
            delete(open, id);
        }
        open.commit();
    }

    private void add(IndexWriter w, DatasetDocument d) {
        try {
            w.updateDocument(new Term(IndexSchema.ID, Long.toString(d.id())), facets.build(IndexSchema.document(d)));
            indexed.put(d.id(), d.fingerprint());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(OpenIndex open, long id) throws IOException {
        open.writer().deleteDocuments(new Term(IndexSchema.ID, Long.toString(id)));
        indexed.remove(id);
    }

    /**
     * @param changed datasets whose fingerprint differs or that the index lacks
     * @param gone indexed datasets the database did not hold (a reconcile removes those
     * it finds after all)
     */
    record Differences(List<Long> changed, Set<Long> gone) {

        boolean none() {
            return changed.isEmpty() && gone.isEmpty();
        }

        int size() {
            return changed.size() + gone.size();
        }

    }

}
