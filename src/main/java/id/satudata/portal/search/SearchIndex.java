package id.satudata.portal.search;

import id.satudata.portal.base.config.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
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
 * which compares fingerprints with the database. Searches use a near-real-time searcher
 * that is refreshed after every change. No authorization here: callers are services.
 */
@Component
public class SearchIndex implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private static final String DATABASE = "database";

    /** More changed datasets than this: rebuild rather than update one by one. */
    private static final int REBUILD_ABOVE = 20_000;

    private final IndexSourceRepository source;

    private final Path path;

    private final Clock clock;

    private final Analyzer analyzer = IndexSchema.analyzer();

    private final FacetsConfig facets = IndexSchema.facets();

    private final Map<Long, String> indexed = new ConcurrentHashMap<>();

    private final Object writing = new Object();

    private @Nullable Directory directory;

    private @Nullable IndexWriter writer;

    private @Nullable SearcherManager searchers;

    private volatile @Nullable FacetState facetState;

    private volatile @Nullable OffsetDateTime lastRebuildAt;

    private volatile long lastRebuildMillis;

    private volatile @Nullable OffsetDateTime lastReconcileAt;

    private volatile @Nullable String lastError;

    /** The facet ordinals of one reader, rebuilt when the searcher changes. */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    SearchIndex(IndexSourceRepository source, SearchProperties properties, PortalProperties portal, Clock clock) {
        this.source = source;
        this.clock = clock;
        String dir = properties.indexDir();
        this.path = dir == null || dir.isBlank() ? portal.dataPath().resolve("index")
                : Path.of(dir).toAbsolutePath().normalize();
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Files.createDirectories(path);
        String database = source.databaseIdentity();
        try {
            open(database);
        }
        catch (IOException | RuntimeException unreadable) {
            log.warn("Search index in {} unreadable ({}); rebuilding it", path, unreadable.toString());
            close();
            wipe();
            open(database);
            rebuild();
        }
    }

    private void open(String database) throws IOException {
        directory = FSDirectory.open(path);
        boolean exists = DirectoryReader.indexExists(directory);
        boolean ours = exists && database.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(DATABASE));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
            .setOpenMode(ours ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        config.setCommitOnClose(true);
        writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(DATABASE, database).entrySet());
        searchers = new SearcherManager(writer, null);
        if (ours) {
            loadFingerprints();
            reconcile();
        }
        else {
            log.info("Search index in {} {}; building it from the database", path,
                    exists ? "is of another database" : "is missing");
            rebuild();
        }
    }

    /** Drops the index and indexes every dataset of the database again. */
    public void rebuild() {
        long start = System.nanoTime();
        synchronized (writing) {
            try {
                IndexWriter w = writer();
                w.deleteAll();
                indexed.clear();
                source.all(d -> add(w, d));
                commit();
                lastError = null;
            }
            catch (IOException | RuntimeException e) {
                lastError = e.toString();
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
        }
        lastRebuildMillis = (System.nanoTime() - start) / 1_000_000;
        lastRebuildAt = OffsetDateTime.now(clock);
        log.info("Search index rebuilt: {} datasets in {} ms", indexed.size(), lastRebuildMillis);
    }

    /** Indexes the dataset as it is now in the database (removes it if it is gone). */
    public void update(long datasetId) {
        synchronized (writing) {
            try {
                var document = source.find(datasetId);
                if (document.isPresent()) {
                    add(writer(), document.get());
                }
                else {
                    delete(datasetId);
                }
                commit();
            }
            catch (IOException e) {
                lastError = e.toString();
                throw new UncheckedIOException(e);
            }
        }
    }

    public void remove(long datasetId) {
        synchronized (writing) {
            try {
                delete(datasetId);
                commit();
            }
            catch (IOException e) {
                lastError = e.toString();
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Brings the index in line with the database: re-indexes datasets whose fingerprint
     * changed, adds missing ones, drops deleted ones. Returns how many documents changed.
     */
    public int reconcile() {
        synchronized (writing) {
            Map<Long, String> database = source.fingerprints();
            List<Long> changed = new ArrayList<>();
            database.forEach((id, print) -> {
                if (!print.equals(indexed.get(id))) {
                    changed.add(id);
                }
            });
            Set<Long> gone = new HashSet<>(indexed.keySet());
            gone.removeAll(database.keySet());
            if (changed.size() > REBUILD_ABOVE) {
                rebuild();
            }
            else if (!changed.isEmpty() || !gone.isEmpty()) {
                try {
                    for (int from = 0; from < changed.size(); from += 1000) {
                        source.find(changed.subList(from, Math.min(changed.size(), from + 1000)),
                                d -> add(writer(), d));
                    }
                    for (long id : gone) {
                        delete(id);
                    }
                    commit();
                }
                catch (IOException e) {
                    lastError = e.toString();
                    throw new UncheckedIOException(e);
                }
            }
            lastReconcileAt = OffsetDateTime.now(clock);
            return changed.size() + gone.size();
        }
    }

    /** Runs a search on the current searcher. */
    SearchResult search(Query text, Query scope, SearchQuery query, boolean highlight) {
        SearcherManager manager = manager();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return SearchResult.empty();
                }
                return new Searching(searcher, facetState(searcher), facets, analyzer, clock.getZone()).run(text, scope,
                        query, highlight);
            }
            finally {
                manager.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to {@code limit} documents matching, best first then newest: their stored
     * fields.
     */
    List<Document> top(Query query, int limit) {
        SearcherManager manager = manager();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                Sort sort = new Sort(SortField.FIELD_SCORE,
                        new SortField(IndexSchema.TITLE_SORT, SortField.Type.STRING));
                ScoreDoc[] docs = searcher.search(query, limit, sort).scoreDocs;
                StoredFields stored = searcher.storedFields();
                List<Document> found = new java.util.ArrayList<>();
                for (ScoreDoc doc : docs) {
                    found.add(stored.document(doc.doc, Set.of(IndexSchema.ID, IndexSchema.SLUG, IndexSchema.TITLE)));
                }
                return found;
            }
            finally {
                manager.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of documents matching, on the current searcher. */
    long count(Query query) {
        SearcherManager manager = manager();
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.count(query);
            }
            finally {
                manager.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    public SearchHealth health() {
        long documents = indexed.size();
        long published = count(new TermQuery(new Term(IndexSchema.VISIBILITY, "PUBLIC")));
        long database = source.count();
        return new SearchHealth(writer != null && writer.isOpen() && documents == database, path.toString(), documents,
                published, database, size(), lastRebuildAt, lastRebuildMillis, lastReconcileAt, lastError);
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

    private void delete(long id) throws IOException {
        writer().deleteDocuments(new Term(IndexSchema.ID, Long.toString(id)));
        indexed.remove(id);
    }

    private void commit() throws IOException {
        writer().commit();
        manager().maybeRefreshBlocking();
    }

    private void loadFingerprints() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer())) {
            for (var leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document d = stored.document(doc, Set.of(IndexSchema.ID, IndexSchema.FINGERPRINT));
                        indexed.put(Long.parseLong(d.get(IndexSchema.ID)), d.get(IndexSchema.FINGERPRINT));
                    }
                }
            }
        }
    }

    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = new FacetState(searcher.getIndexReader(),
                    new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets));
            facetState = current;
        }
        return current.state();
    }

    private IndexWriter writer() {
        IndexWriter w = writer;
        if (w == null) {
            throw new IllegalStateException("Search index is not open");
        }
        return w;
    }

    private SearcherManager manager() {
        SearcherManager m = searchers;
        if (m == null) {
            throw new IllegalStateException("Search index is not open");
        }
        return m;
    }

    private long size() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
        catch (IOException e) {
            return -1;
        }
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void destroy() {
        close();
    }

    private void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        }
        catch (IOException | RuntimeException e) {
            log.warn("Closing the search index failed: {}", e.toString());
        }
        searchers = null;
        writer = null;
        directory = null;
        facetState = null;
    }

}
