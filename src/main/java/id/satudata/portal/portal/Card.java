package id.satudata.portal.portal;

import id.satudata.portal.catalog.DatasetSummary;
import org.jspecify.annotations.Nullable;

/**
 * A dataset in a list; a search result also has its title and passage with the matches
 * marked (HTML-escaped by the search, only {@code <mark>} added).
 */
public record Card(DatasetSummary summary, @Nullable String titleHtml, @Nullable String snippetHtml) {

    public static Card of(DatasetSummary summary) {
        return new Card(summary, null, null);
    }

}
