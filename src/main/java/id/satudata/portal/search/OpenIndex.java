package id.satudata.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One opened index folder: its writer and the near-real-time searchers of exactly that
 * writer, opened and closed together, so a search never reads a writer other than the one
 * the changes go to.
 *
 * @param ours whether the folder held an index of this database written with this
 * {@link IndexSchema#VERSION} (else it was created empty)
 */
record OpenIndex(Directory directory, IndexWriter writer, SearcherManager searchers, boolean ours) {

    private static final String DATABASE = "database";

    private static final String SCHEMA = "schema";

    /** Opens the folder (creating an empty index unless it holds this database's). */
    static OpenIndex open(Path path, Analyzer analyzer, String database, SearcherFactory factory) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            boolean exists = DirectoryReader.indexExists(directory);
            Map<String, String> written = exists ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
            boolean ours = database.equals(written.get(DATABASE)) && IndexSchema.VERSION.equals(written.get(SCHEMA));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(ours ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setIndexSort(IndexSchema.INDEX_ORDER)
                // fewer, larger segments while a rebuild adds every dataset
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(Map.of(DATABASE, database, SCHEMA, IndexSchema.VERSION).entrySet());
            return new OpenIndex(directory, writer, new SearcherManager(writer, factory), ours);
        }
        catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /** The bytes of the index files in the folder; -1 if it cannot be read. */
    static long size(Path path) {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
        catch (IOException e) {
            return -1;
        }
    }

    /** Deletes the index files of a folder no writer has open. */
    static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whether changes can still be written (no tragic failure closed the writer). */
    boolean writable() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** Commits the writer and makes what it wrote visible to new searches. */
    void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Closes searchers, writer (committing) and folder; a writer that cannot commit is
     * rolled back, so its lock is always released.
     */
    void close() throws IOException {
        try {
            searchers.close();
            if (writable()) {
                writer.close();
            }
        }
        finally {
            if (writer.isOpen()) {
                writer.rollback();
            }
            directory.close();
        }
    }

}
