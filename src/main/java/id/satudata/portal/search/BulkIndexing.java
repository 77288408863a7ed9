package id.satudata.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds the datasets of a rebuild to an empty index on worker threads, so reading the next
 * datasets from PostgreSQL overlaps analysing and indexing the previous ones (the writer
 * takes documents from several threads). Workers are never interrupted: an interrupted
 * Lucene write closes the index's files.
 */
final class BulkIndexing implements AutoCloseable {

    private static final int BATCH = 500;

    private final IndexWriter writer;

    private final FacetsConfig facets;

    private final IndexedFingerprints indexed;

    private final int workerCount = Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));

    private final ExecutorService workers = Executors.newFixedThreadPool(workerCount,
            Thread.ofPlatform().name("search-rebuild-", 0).daemon().factory());

    private final Deque<Future<?>> pending = new ArrayDeque<>();

    private List<DatasetDocument> batch = new ArrayList<>(BATCH);

    BulkIndexing(IndexWriter writer, FacetsConfig facets, IndexedFingerprints indexed) {
        this.writer = writer;
        this.facets = facets;
        this.indexed = indexed;
    }

    void add(DatasetDocument dataset) {
        batch.add(dataset);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Waits until every dataset added is in the writer; throws the first failure. */
    void finish() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private void submit() {
        List<DatasetDocument> datasets = batch;
        batch = new ArrayList<>(BATCH);
        pending.addLast(workers.submit(() -> {
            for (DatasetDocument d : datasets) {
                writer.addDocument(facets.build(IndexSchema.document(d)));
                indexed.put(d.id(), d.fingerprint());
            }
            return null;
        }));
        // a few batches ahead per worker: memory stays bounded, a failure surfaces soon
        if (pending.size() > 2 * workerCount) {
            await(pending.removeFirst());
        }
    }

    private static void await(Future<?> batch) {
        try {
            batch.get();
        }
        catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }

    /**
     * Drops batches not started and waits for the running ones (never interrupting them).
     */
    @Override
    public void close() {
        pending.forEach(batch -> batch.cancel(false));
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Search index rebuild workers did not stop");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
