package id.satudata.portal.search;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one dataset, read from the database.
 *
 * @param formats download formats offered (CSV, JSON, XLSX when it has rows)
 * @param years years covered by the data (from the metadata's period)
 * @param date release time, or the last change for unreleased datasets (sort "newest")
 * @param fingerprint changes whenever anything indexed changes (reconciliation)
 */
record DatasetDocument(long id, long opdId, String opdCode, String opdName, String slug, String title,
        String description, String visibility, @Nullable String topicCode, @Nullable String topicNames,
        List<String> tags, List<String> keywords, List<String> formats, List<Integer> years,
        @Nullable OffsetDateTime releasedAt, OffsetDateTime date, String fingerprint) {
}
