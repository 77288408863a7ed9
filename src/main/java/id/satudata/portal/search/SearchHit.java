package id.satudata.portal.search;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One dataset found. The highlighted texts are HTML-escaped with matches in
 * {@code <mark>...</mark>}: safe to put into a page as HTML.
 *
 * @param titleHtml the title, escaped, matches marked
 * @param snippetHtml the best passage of the description, escaped, matches marked
 */
public record SearchHit(long datasetId, String slug, String title, String titleHtml, String snippetHtml,
        String organisationCode, String organisationName, @Nullable String topicCode, float score,
        @Nullable OffsetDateTime releasedAt) {
}
