package id.satudata.portal.datastore.query;

import id.satudata.portal.datastore.DataTables;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.datastore.schema.SchemaField;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Indexes for sorting large datasets by columns that have none. Dimensions get their
 * (dimension, _row) index with the table; a measure or attribute gets one the first time
 * someone sorts a dataset of at least {@link DatastoreProperties#sortIndexMinRows()} rows
 * by it: without it every sorted page scans the whole table (seconds at 10 million rows).
 * Built in the background, one at a time, so the sort that asks is not held up; pages
 * seek by it as soon as it is there. Not built up front for every measure: each index
 * slows every later load a little.
 */
@Component
class SortIndexes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SortIndexes.class);

    private final ExecutorService builder = Executors
        .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("sort-index").factory());

    /**
     * Asked for on this instance (the database knows what exists; this only saves asking
     * twice).
     */
    private final Set<Key> asked = ConcurrentHashMap.newKeySet();

    private final DataTables tables;

    private final long minRows;

    private record Key(long datasetId, int schemaVersion, String column) {
    }

    SortIndexes(DataTables tables, DatastoreProperties properties) {
        this.tables = tables;
        this.minRows = properties.sortIndexMinRows();
    }

    /** The dataset is being sorted by the column: makes sure later pages can seek. */
    void sortingBy(Dataset dataset, SchemaField column) {
        if (column.isDimension() || dataset.rowCount() < minRows) {
            return;
        }
        Key key = new Key(dataset.id(), dataset.schemaVersion(), column.name());
        if (!asked.add(key)) {
            return;
        }
        builder.execute(() -> build(key, dataset, column));
    }

    private void build(Key key, Dataset dataset, SchemaField column) {
        long start = System.nanoTime();
        try {
            tables.createSortIndex(dataset.id(), column);
            log.info("Sort index of {}.{} ready in {} ms", dataset.slug(), column.name(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        catch (RuntimeException e) {
            // asked again by the next sort (the schema may have changed meanwhile)
            asked.remove(key);
            log.warn("Sort index of {}.{} not built: {}", dataset.slug(), column.name(), e.toString());
        }
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }

}
