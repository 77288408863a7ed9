package id.satudata.portal.search;

import id.satudata.portal.base.config.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of every dataset (all visibilities; {@link SearchService} filters by
 * scope) in {@code <data-dir>/index}. Opened at start and rebuilt from PostgreSQL when it
 * is missing, unreadable or was built from another database; kept current by
 * {@link #update}/{@link #remove} after catalogue commits and by {@link #reconcile},
 * which compares fingerprints with the database (the document changes themselves are
 * {@link IndexChanges}; here the write lock, failures and status). An existing index
 * answers as soon as it is open; the reconcile catching changes missed while the portal
 * was down follows in the background (at a million datasets the database's fingerprints
 * take seconds), and {@link #health} is not healthy until it finished. Searches use a
 * near-real-time searcher that is refreshed after every change. No authorization here:
 * callers are services.
 */
@Component
public class SearchIndex implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** More changed datasets than this: rebuild rather than update one by one. */
    private static final int REBUILD_ABOVE = 20_000;

    private final IndexSourceRepository source;

    private final Path path;

    private final Clock clock;

    private final Analyzer analyzer = IndexSchema.analyzer();

    private final FacetsConfig facets = IndexSchema.facets();

    private final IndexedFingerprints indexed = new IndexedFingerprints();

    private final IndexChanges changes;

    /** Guards every change of the index, and opening and closing it. */
    private final Object writing = new Object();

    private volatile @Nullable OpenIndex current;

    private final IndexReading reading;

    /** Set when the bean is destroyed: no reopening after that. */
    private volatile boolean stopped;

    private volatile @Nullable OffsetDateTime lastRebuildAt;

    private volatile long lastRebuildMillis;

    private volatile @Nullable OffsetDateTime lastReconcileAt;

    private volatile @Nullable String lastError;

    /** Whether a reconcile or rebuild finished since the index was last opened. */
    private volatile boolean inLineWithDatabase;

    private final ReconcileAfterOpening afterOpening = new ReconcileAfterOpening();

    SearchIndex(IndexSourceRepository source, SearchProperties properties, PortalProperties portal, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.changes = new IndexChanges(source, facets, indexed);
        String dir = properties.indexDir();
        this.reading = new IndexReading(() -> current, facets, analyzer, clock.getZone());
        this.path = dir == null || dir.isBlank() ? portal.dataPath().resolve("index")
                : Path.of(dir).toAbsolutePath().normalize();
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        synchronized (writing) {
            stopped = false;
            Files.createDirectories(path);
            String database = source.databaseIdentity();
            try {
                open(database);
            }
            catch (IOException | RuntimeException unreadable) {
                log.warn("Search index in {} unreadable ({}); rebuilding it", path, unreadable.toString());
                close();
                OpenIndex.wipe(path);
                open(database);
                rebuild();
            }
        }
    }

    private void open(String database) throws IOException {
        OpenIndex opened = OpenIndex.open(path, analyzer, database, reading.warming());
        current = opened;
        inLineWithDatabase = false;
        if (opened.ours()) {
            indexed.load(opened.writer());
            afterOpening.start(this::reconcile);
        }
        else {
            log.info("Search index in {} is missing or of another database; building it from the database", path);
            rebuild();
        }
    }

    /** The reconcile that follows the last opening (tests and benchmarks wait for it). */
    ReconcileAfterOpening afterOpening() {
        return afterOpening;
    }

    /**
     * The open index, for a change (caller holds the write lock). A writer closed by a
     * failure (a tragic exception, or closed underneath) is replaced by a fresh index
     * rebuilt from the database, so the index goes on following the changes.
     */
    private OpenIndex writable() {
        OpenIndex open = current;
        if (open != null && open.writable()) {
            return open;
        }
        if (stopped) {
            throw new IllegalStateException("Search index is closed");
        }
        log.warn("Search index writer in {} is closed{}; reopening and rebuilding the index", path,
                open == null ? "" : " (" + open.writer().getTragicException() + ")");
        try {
            close();
            OpenIndex.wipe(path);
            OpenIndex fresh = OpenIndex.open(path, analyzer, source.databaseIdentity(), reading.warming());
            current = fresh;
            changes.fill(fresh);
            return fresh;
        }
        catch (IOException e) {
            lastError = e.toString();
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the index and indexes every dataset of the database again. */
    public void rebuild() {
        PendingInterrupt.setAsideDuring(() -> {
            long start = System.nanoTime();
            synchronized (writing) {
                try {
                    OpenIndex open = current;
                    if (open != null && open.writable()) {
                        changes.fill(open);
                    }
                    else {
                        writable();
                    }
                    lastError = null;
                }
                catch (IOException | RuntimeException e) {
                    lastError = e.toString();
                    throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
                }
            }
            lastRebuildMillis = (System.nanoTime() - start) / 1_000_000;
            lastRebuildAt = OffsetDateTime.now(clock);
            inLineWithDatabase = true;
            log.info("Search index rebuilt: {} datasets in {} ms", indexed.size(), lastRebuildMillis);
            return null;
        });
    }

    /** Indexes the dataset as it is now in the database (removes it if it is gone). */
    public void update(long datasetId) {
        change(datasetId, open -> changes.update(open, datasetId));
    }

    public void remove(long datasetId) {
        change(datasetId, open -> changes.remove(open, datasetId));
    }

    private void change(long datasetId, Change change) {
        PendingInterrupt.setAsideDuring(() -> {
            synchronized (writing) {
                OpenIndex open = writable();
                try {
                    change.apply(open);
                }
                catch (IOException | RuntimeException e) {
                    failed(e, List.of(datasetId));
                }
            }
            return null;
        });
    }

    /**
     * Brings the index in line with the database: re-indexes datasets whose fingerprint
     * changed, adds missing ones, drops deleted ones. Returns how many documents changed.
     */
    public int reconcile() {
        // read before taking the lock: seconds at a million datasets, and changes
        // must not wait for it (a dataset added meanwhile looks gone: looked up again)
        Map<Long, String> database = source.fingerprints();
        return PendingInterrupt.setAsideDuring(() -> {
            synchronized (writing) {
                OpenIndex open = writable();
                IndexChanges.Differences differences = changes.differencesFrom(database);
                if (differences.changed().size() > REBUILD_ABOVE) {
                    rebuild();
                }
                else if (!differences.none()) {
                    try {
                        changes.reconcile(open, differences);
                    }
                    catch (IOException | RuntimeException e) {
                        failed(e, differences.changed());
                    }
                }
                lastReconcileAt = OffsetDateTime.now(clock);
                inLineWithDatabase = true;
                return differences.size();
            }
        });
    }

    /**
     * A change that did not reach a commit: its datasets are marked unknown, so the next
     * reconciliation indexes them again.
     */
    private void failed(Exception e, List<Long> datasets) {
        indexed.forget(datasets);
        lastError = e.toString();
        throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
    }

    /** Runs a search on the current searcher. */
    SearchResult search(Query text, Query scope, SearchQuery query) {
        return reading.search(text, scope, query, true);
    }

    /** Searches even if the same search was answered a moment ago (benchmarks). */
    SearchResult searchAgain(Query text, Query scope, SearchQuery query) {
        return reading.search(text, scope, query, false);
    }

    /**
     * The cards of up to {@code limit} titles having the typed words
     * ({@link Suggesting}).
     */
    List<HitCard> suggest(List<String> words, Query scope, int limit) {
        return reading.suggest(words, scope, limit, true);
    }

    /** Suggests even if the same words were asked a moment ago (benchmarks). */
    List<HitCard> suggestAgain(List<String> words, Query scope, int limit) {
        return reading.suggest(words, scope, limit, false);
    }

    /** The index as it is open now (tests simulate failures on it). */
    OpenIndex openIndex() {
        OpenIndex open = current;
        if (open == null) {
            throw new IllegalStateException("Search index is not open");
        }
        return open;
    }

    Path path() {
        return path;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    public SearchHealth health() {
        long documents = indexed.size();
        long published = reading.count(new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC")));
        long database = source.count();
        OpenIndex open = current;
        return new SearchHealth(open != null && open.writable() && inLineWithDatabase && documents == database,
                path.toString(), documents, published, database, OpenIndex.size(path), lastRebuildAt, lastRebuildMillis,
                lastReconcileAt, lastError);
    }

    @Override
    public void destroy() {
        synchronized (writing) {
            stopped = true;
            close();
        }
    }

    private void close() {
        OpenIndex open = current;
        current = null;
        if (open != null) {
            try {
                open.close();
            }
            catch (IOException | RuntimeException e) {
                log.warn("Closing the search index failed: {}", e.toString());
            }
        }
    }

    /** One dataset's change of the open index. */
    private interface Change {

        void apply(OpenIndex open) throws IOException;

    }

}
