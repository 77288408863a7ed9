package id.satudata.portal.search;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The state of the index for the operations page.
 *
 * @param healthy whether the index is open, holds every dataset of the database and was
 * compared with the database (reconciled or rebuilt) since it opened
 * @param documents datasets in the index (all visibilities)
 * @param publicDocuments released datasets in the index
 * @param databaseDatasets datasets in the database
 * @param lastRebuildMillis duration of the last full rebuild
 */
public record SearchHealth(boolean healthy, String indexPath, long documents, long publicDocuments,
        long databaseDatasets, long sizeBytes, @Nullable OffsetDateTime lastRebuildAt, long lastRebuildMillis,
        @Nullable OffsetDateTime lastReconcileAt, @Nullable String lastError) {
}
